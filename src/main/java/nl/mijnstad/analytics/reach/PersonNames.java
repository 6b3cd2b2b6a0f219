package nl.mijnstad.analytics.reach;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mijnstad.graph.CypherQueries;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Component;

/**
 * Display names of the people a view can show, read when a snapshot is computed ({@link ShownNames}): names are
 * personal data, so the snapshot keeps only those few, never anyone else's. Never reads contact data.
 */
@Component
class PersonNames {

	private static final String QUERY = CypherQueries.load("person_display_names");

	private final Driver driver;

	PersonNames(Driver driver) {
		this.driver = driver;
	}

	Map<String, String> of(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		try (var session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(tx -> {
				Map<String, String> names = new HashMap<>();
				tx.run(QUERY, Values.parameters("ids", List.copyOf(ids)))
					.forEachRemaining(row -> names.put(row.get("id").asString(), row.get("displayName").asString(null)));
				return names;
			});
		}
	}

}
