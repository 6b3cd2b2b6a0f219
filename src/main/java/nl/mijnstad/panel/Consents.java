package nl.mijnstad.panel;

import java.util.Map;

import nl.mijnstad.api.NotFoundException;
import nl.mijnstad.graph.RetriedOnConflict;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent per purpose, kept as {@code (:Person)-[:GAVE]->(:Consent {purpose, givenAt, withdrawnAt?})}: a
 * withdrawal closes the open consent, giving it again opens a new one, so the history stays.
 */
@Service
public class Consents {

	private final Neo4jClient neo4j;

	Consents(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@RetriedOnConflict
	@Transactional
	public ConsentState change(String personId, ConsentChange change) {
		if (!exists(personId)) {
			throw new NotFoundException("person", personId);
		}
		if (change.given()) {
			this.neo4j.query("""
					MATCH (p:Person {id: $person})
					WHERE NOT EXISTS { (p)-[:GAVE]->(c:Consent {purpose: $purpose}) WHERE c.withdrawnAt IS NULL }
					CREATE (p)-[:GAVE]->(:Consent {id: randomUUID(), purpose: $purpose, givenAt: datetime()})""")
				.bindAll(Map.of("person", personId, "purpose", change.purpose().name()))
				.run();
		}
		else {
			withdraw(personId, change.purpose());
		}
		return state(personId);
	}

	/** Withdraws a consent at once; nothing happens when none is open. */
	void withdraw(String personId, Purpose purpose) {
		this.neo4j.query("""
				MATCH (:Person {id: $person})-[:GAVE]->(c:Consent {purpose: $purpose})
				WHERE c.withdrawnAt IS NULL
				SET c.withdrawnAt = datetime()""")
			.bindAll(Map.of("person", personId, "purpose", purpose.name()))
			.run();
	}

	@RetriedOnConflict
	@Transactional(readOnly = true)
	public ConsentState state(String personId) {
		return this.neo4j.query("""
				MATCH (p:Person {id: $person})
				RETURN EXISTS { (p)-[:GAVE]->(c:Consent {purpose: 'PANEL'}) WHERE c.withdrawnAt IS NULL } AS panel,
				       EXISTS { (p)-[:GAVE]->(c:Consent {purpose: 'CONTACT'}) WHERE c.withdrawnAt IS NULL } AS contact""")
			.bind(personId)
			.to("person")
			.fetchAs(ConsentState.class)
			.mappedBy((types, row) -> new ConsentState(personId, row.get("panel").asBoolean(),
					row.get("contact").asBoolean()))
			.one()
			.orElseThrow(() -> new NotFoundException("person", personId));
	}

	private boolean exists(String personId) {
		return this.neo4j.query("RETURN EXISTS { (:Person {id: $person}) }")
			.bind(personId)
			.to("person")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

}
