package nl.mijnstad.analytics.reach;

import java.util.HashMap;
import java.util.Map;

import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.graph.CypherQueries;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Component;

/**
 * Which municipality each district belongs to. The analytics projection does not carry it, so it is read once
 * per snapshot with a named query (a few hundred rows at most) and kept with the snapshot.
 */
@Component
class Municipalities {

	private static final String QUERY = CypherQueries.load("district_municipalities");

	private final Driver driver;

	Municipalities(Driver driver) {
		this.driver = driver;
	}

	/** District code → municipality code, for districts that have one. */
	Map<String, String> of(Snapshot snapshot) {
		return snapshot.part(Municipalities.class, this::read);
	}

	private Map<String, String> read() {
		try (var session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(tx -> {
				Map<String, String> municipalities = new HashMap<>();
				for (Record row : tx.run(QUERY).list()) {
					String municipality = row.get("municipality").asString(null);
					if (municipality != null) {
						municipalities.put(row.get("code").asString(), municipality);
					}
				}
				return Map.copyOf(municipalities);
			});
		}
	}

}
