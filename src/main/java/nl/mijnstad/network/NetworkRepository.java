package nl.mijnstad.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Networks, people and memberships in the graph. Contact data stays on its own node. */
@Repository
class NetworkRepository {

	private static final String NETWORK_FIELDS = """
			OPTIONAL MATCH (n)-[:ACTIVE_IN]->(d:District)
			WITH n, collect(d.code) AS districts
			RETURN n.id AS id, n.name AS name, n.kind AS kind, n.description AS description, districts,
			       n.createdAt AS createdAt, COUNT { (:Person)-[:MEMBER_OF]->(n) } AS members,
			       COUNT { (:Gathering)-[:OF]->(n) } AS gatherings""";

	private final Neo4jClient neo4j;

	NetworkRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	boolean nameTaken(String nameKey) {
		return this.neo4j.query("RETURN EXISTS { (:Network {nameKey: $key}) }")
			.bind(nameKey)
			.to("key")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	void create(String id, NetworkRegistration registration, String nameKey) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("name", registration.name().strip());
		parameters.put("nameKey", nameKey);
		parameters.put("kind", registration.kind().name());
		parameters.put("description", registration.description());
		parameters.put("districts", registration.districts());
		this.neo4j.query("""
				CREATE (n:Network {id: $id, name: $name, nameKey: $nameKey, kind: $kind, description: $description,
				                   createdAt: datetime()})
				WITH n
				UNWIND $districts AS code
				MATCH (d:District {code: code})
				MERGE (n)-[:ACTIVE_IN]->(d)""").bindAll(parameters).run();
	}

	Optional<Network> find(String id) {
		return this.neo4j.query("MATCH (n:Network {id: $id})\n" + NETWORK_FIELDS)
			.bind(id)
			.to("id")
			.fetchAs(Network.class)
			.mappedBy((types, row) -> network(row))
			.one();
	}

	List<Network> list(Boolean reached, NetworkKind kind, int offset, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("reached", reached);
		parameters.put("kind", kind == null ? null : kind.name());
		parameters.put("offset", offset);
		parameters.put("limit", limit);
		return List.copyOf(this.neo4j.query("""
				MATCH (n:Network)
				WHERE ($reached IS NULL OR EXISTS { (:Gathering)-[:OF]->(n) } = $reached)
				  AND ($kind IS NULL OR n.kind = $kind)
				WITH n ORDER BY n.name SKIP $offset LIMIT $limit
				""" + NETWORK_FIELDS + "\nORDER BY name")
			.bindAll(parameters)
			.fetchAs(Network.class)
			.mappedBy((types, row) -> network(row))
			.all());
	}

	boolean personExists(String personId) {
		return this.neo4j.query("RETURN EXISTS { (:Person {id: $id}) }")
			.bind(personId)
			.to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	boolean isMember(String personId, String networkId) {
		return this.neo4j.query("RETURN EXISTS { (:Person {id: $person})-[:MEMBER_OF]->(:Network {id: $network}) }")
			.bindAll(Map.of("person", personId, "network", networkId))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	void addExisting(String personId, String networkId, MembershipRole role) {
		this.neo4j.query("""
				MATCH (p:Person {id: $person}), (n:Network {id: $network})
				MERGE (p)-[m:MEMBER_OF]->(n)
				ON CREATE SET m.role = $role, m.since = date()""")
			.bindAll(Map.of("person", personId, "network", networkId, "role", role.name()))
			.run();
	}

	/** One statement: the person, their membership, district, separate contact node and consents. */
	void addNew(String personId, String networkId, MemberRegistration member) {
		List<String> purposes = new ArrayList<>();
		if (member.consent().panel()) {
			purposes.add("PANEL");
		}
		if (member.consent().contact()) {
			purposes.add("CONTACT");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("person", personId);
		parameters.put("network", networkId);
		parameters.put("displayName", member.displayName().strip());
		parameters.put("birthYear", member.birthYear());
		parameters.put("district", member.district());
		parameters.put("email", member.email());
		parameters.put("phone", member.phone());
		parameters.put("role", member.roleOrDefault().name());
		parameters.put("purposes", purposes);
		this.neo4j.query("""
				MATCH (n:Network {id: $network})
				CREATE (p:Person {id: $person, displayName: $displayName, birthYear: $birthYear, createdAt: datetime()})
				CREATE (p)-[:MEMBER_OF {role: $role, since: date()}]->(n)
				WITH p
				CALL (p) {
				  MATCH (d:District {code: $district})
				  CREATE (p)-[:LIVES_IN]->(d)
				}
				CALL (p) {
				  WITH p WHERE $email IS NOT NULL OR $phone IS NOT NULL
				  CREATE (p)-[:HAS_CONTACT]->(:Contact {id: randomUUID(), email: $email, phone: $phone})
				}
				CALL (p) {
				  UNWIND $purposes AS purpose
				  CREATE (p)-[:GAVE]->(:Consent {id: randomUUID(), purpose: purpose, givenAt: datetime()})
				}""").bindAll(parameters).run();
	}

	List<Member> members(String networkId) {
		return List.copyOf(this.neo4j.query("""
				MATCH (p:Person)-[m:MEMBER_OF]->(:Network {id: $network})
				OPTIONAL MATCH (p)-[:LIVES_IN]->(d:District)
				OPTIONAL MATCH (p)-[:HAS_CONTACT]->(c:Contact)
				RETURN p.id AS id, p.displayName AS displayName, d.code AS district, p.birthYear AS birthYear,
				       m.role AS role, m.since AS since, c.email AS email, c.phone AS phone,
				       EXISTS { (p)-[:GAVE]->(c1:Consent {purpose: 'PANEL'}) WHERE c1.withdrawnAt IS NULL } AS panel,
				       EXISTS { (p)-[:GAVE]->(k:Consent {purpose: 'CONTACT'}) WHERE k.withdrawnAt IS NULL } AS contact
				ORDER BY displayName, id""")
			.bind(networkId)
			.to("network")
			.fetchAs(Member.class)
			.mappedBy((types, row) -> new Member(row.get("id").asString(), row.get("displayName").asString(),
					row.get("district").asString(null), nullableInt(row.get("birthYear")),
					MembershipRole.valueOf(row.get("role").asString("MEMBER")),
					row.get("since").isNull() ? null : row.get("since").asLocalDate(), row.get("email").asString(null),
					row.get("phone").asString(null),
					new Consent(row.get("panel").asBoolean(), row.get("contact").asBoolean())))
			.all());
	}

	private static Integer nullableInt(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	private static Network network(MapAccessor row) {
		return new Network(row.get("id").asString(), row.get("name").asString(),
				NetworkKind.valueOf(row.get("kind").asString()), row.get("description").asString(null),
				row.get("districts").asList(Value::asString),
				row.get("createdAt").isNull() ? null : row.get("createdAt").asOffsetDateTime(),
				row.get("members").asLong(), row.get("gatherings").asLong(), row.get("gatherings").asLong() > 0);
	}

}
