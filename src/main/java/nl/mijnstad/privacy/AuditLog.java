package nl.mijnstad.privacy;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Records every read or export of contact data and every erasure: who, when, what, and for which purpose.
 * Entries are written in the transaction of the read they record, so a read that happened is never unlogged.
 */
@Service
public class AuditLog {

	private final Neo4jClient neo4j;

	AuditLog(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param actor the account that read or changed the data
	 * @param action what was done, e.g. {@code READ_CONTACTS}
	 * @param subject what it was done to, e.g. {@code network:<id>} or {@code person:<id>}
	 * @param purpose why, in the words of the feature that did it
	 */
	public void record(String actor, String action, String subject, String purpose) {
		this.neo4j.query("""
				CREATE (:AuditEntry {id: $id, at: datetime(), actor: $actor, action: $action,
				                     subject: $subject, purpose: $purpose})""")
			.bindAll(Map.of("id", UUID.randomUUID().toString(), "actor", actor, "action", action, "subject", subject,
					"purpose", purpose))
			.run();
	}

	/** Entries, newest first, optionally only those matching every filter given. */
	public List<AuditEntry> entries(String actor, String action, String subject, OffsetDateTime since, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("actor", actor);
		parameters.put("action", action);
		parameters.put("subject", subject);
		parameters.put("since", since);
		parameters.put("limit", limit);
		return List.copyOf(this.neo4j.query("""
				MATCH (e:AuditEntry)
				WHERE ($actor IS NULL OR e.actor = $actor) AND ($action IS NULL OR e.action = $action)
				  AND ($subject IS NULL OR e.subject = $subject) AND ($since IS NULL OR e.at >= $since)
				RETURN e.id AS id, e.at AS at, e.actor AS actor, e.action AS action, e.subject AS subject,
				       e.purpose AS purpose
				ORDER BY e.at DESC, e.id
				LIMIT $limit""")
			.bindAll(parameters)
			.fetchAs(AuditEntry.class)
			.mappedBy((types, row) -> new AuditEntry(row.get("id").asString(), row.get("at").asOffsetDateTime(),
					row.get("actor").asString(), row.get("action").asString(), row.get("subject").asString(),
					row.get("purpose").asString(null)))
			.all());
	}

}
