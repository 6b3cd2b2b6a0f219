package nl.mijnstad.privacy;

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

}
