package nl.mijnstad.panel;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The reads and writes of the panel's selection and invitations. */
@Repository
class PanelRepository {

	private final Neo4jClient neo4j;

	PanelRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Everyone, with what the selection needs to know about them for this consultation. */
	List<PoolMember> pool(String consultationId) {
		return List.copyOf(this.neo4j.query("""
				MATCH (p:Person)
				OPTIONAL MATCH (p)-[:LIVES_IN]->(d:District)
				RETURN p.id AS id, p.displayName AS displayName, d.code AS district, p.birthYear AS birthYear,
				       EXISTS { (p)-[:GAVE]->(c:Consent {purpose: 'PANEL'}) WHERE c.withdrawnAt IS NULL } AS consent,
				       EXISTS { (p)-[:HAS_CONTACT]->(k:Contact) WHERE k.email IS NOT NULL } AS email,
				       COLLECT { MATCH (p)-[:MEMBER_OF]->(n:Network) RETURN n.id } AS networks,
				       COLLECT { MATCH (p)-[:MEMBER_OF]->(n:Network) RETURN DISTINCT n.kind } AS kinds,
				       COLLECT { MATCH (p)-[:MEMBER_OF]->(:Network)<-[:OF]-(:Gathering)-[:HOLDS]->(v:Value)
				                 RETURN DISTINCT v.key } AS values,
				       COLLECT { MATCH (:Consultation)-[i:INVITED]->(p) RETURN i.at } AS invitedAt,
				       EXISTS { (:Consultation {id: $consultation})-[:INVITED]->(p) } AS alreadyInvited""")
			.bind(consultationId)
			.to("consultation")
			.fetchAs(PoolMember.class)
			.mappedBy((types, row) -> new PoolMember(row.get("id").asString(), row.get("displayName").asString(null),
					row.get("district").asString(null),
					row.get("birthYear").isNull() ? null : row.get("birthYear").asInt(),
					row.get("consent").asBoolean(), row.get("email").asBoolean(),
					row.get("networks").asList(Value::asString), row.get("kinds").asList(Value::asString),
					row.get("values").asList(Value::asString), row.get("invitedAt").asList(Value::asOffsetDateTime),
					row.get("alreadyInvited").asBoolean()))
			.all());
	}

	/** Population per district: the total and, where the reference data has them, per age band. */
	Map<String, Map<String, Long>> districtPopulations() {
		Map<String, Map<String, Long>> populations = new HashMap<>();
		this.neo4j.query("MATCH (d:District) RETURN d.code AS code, properties(d) AS properties")
			.fetch()
			.all()
			.forEach(row -> {
				Map<String, Long> numbers = new HashMap<>();
				@SuppressWarnings("unchecked")
				Map<String, Object> properties = (Map<String, Object>) row.get("properties");
				properties.forEach((key, value) -> {
					if (value instanceof Number number) {
						numbers.put(key, number.longValue());
					}
				});
				populations.put((String) row.get("code"), numbers);
			});
		return populations;
	}

	boolean networksExist(List<String> ids, java.util.Set<String> missing) {
		List<String> found = List.copyOf(this.neo4j.query("UNWIND $ids AS id MATCH (n:Network {id: id}) RETURN n.id")
			.bind(ids)
			.to("ids")
			.fetchAs(String.class)
			.all());
		ids.stream().filter(id -> !found.contains(id)).forEach(missing::add);
		return missing.isEmpty();
	}

	/**
	 * Takes the write lock of the consultation for the rest of the transaction, so two sends of one consultation
	 * run one after the other.
	 */
	void lockConsultation(String consultationId) {
		this.neo4j.query("MATCH (c:Consultation {id: $id}) SET c.lastSendAttempt = datetime()")
			.bind(consultationId)
			.to("id")
			.run();
	}

	/**
	 * Takes the write lock of each person, in id order (so two sends cannot deadlock), for the rest of the
	 * transaction. A property written and removed in one statement leaves nothing behind but the lock, which
	 * Neo4j holds until the transaction ends: a concurrent send that wants one of these people waits here until
	 * this one has committed its invitations, and then sees them.
	 */
	void lockPeople(List<String> sortedIds) {
		this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (p:Person {id: id})
				SET p.panelLock = true
				REMOVE p.panelLock""").bind(sortedIds).to("ids").run();
	}

	/**
	 * The people among these who may not be invited now: no open panel consent, as many invitations in the window
	 * as allowed, or one within the minimum gap. Read after {@link #lockPeople}, so it sees every committed
	 * invitation of theirs.
	 */
	List<String> notInvitable(List<String> ids, OffsetDateTime windowStart, OffsetDateTime gapStart,
			int maxInvitations) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", ids);
		parameters.put("windowStart", windowStart);
		parameters.put("gapStart", gapStart);
		parameters.put("max", maxInvitations);
		return List.copyOf(this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (p:Person {id: id})
				WITH p,
				     EXISTS { (p)-[:GAVE]->(c:Consent {purpose: 'PANEL'}) WHERE c.withdrawnAt IS NULL } AS consent,
				     COUNT { (:Consultation)-[i:INVITED]->(p) WHERE i.at > $windowStart } AS recent,
				     EXISTS { (:Consultation)-[i:INVITED]->(p) WHERE i.at > $gapStart } AS tooSoon
				WHERE NOT consent OR recent >= $max OR tooSoon
				RETURN p.id""").bindAll(parameters).fetchAs(String.class).all());
	}

	/** Creates the invitations; each carries the hash of its token and, until it is mailed, the token itself. */
	void invite(String consultationId, List<Map<String, Object>> rows, OffsetDateTime at, String digest,
			String actor) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", consultationId);
		parameters.put("rows", rows);
		parameters.put("at", at);
		parameters.put("digest", digest);
		parameters.put("actor", actor);
		this.neo4j.query("""
				MATCH (c:Consultation {id: $id})
				SET c.status = 'SENT', c.sentAt = $at, c.sentBy = $actor, c.digest = $digest
				WITH c
				UNWIND $rows AS row
				MATCH (p:Person {id: row.person})
				CREATE (c)-[:INVITED {at: $at, tokenHash: row.hash, pendingToken: row.token}]->(p)""")
			.bindAll(parameters)
			.run();
	}

	List<String> invitedIds(String consultationId) {
		return List.copyOf(this.neo4j.query("""
				MATCH (:Consultation {id: $id})-[:INVITED]->(p:Person)
				RETURN p.id ORDER BY p.id""").bind(consultationId).to("id").fetchAs(String.class).all());
	}

}
