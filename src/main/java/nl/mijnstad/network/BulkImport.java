package nl.mijnstad.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Writes many networks, people and memberships at once, in batches of one UNWIND statement each, for the demo
 * city and for imports. Rows carry their own ids and every write is a MERGE on them, so an interrupted import
 * simply runs again. Callers check the rows first: this writes what it is given.
 */
@Service
public class BulkImport {

	static final int BATCH = 5_000;

	private final Neo4jClient neo4j;

	BulkImport(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** A network to import. */
	public record NetworkRow(String id, String name, NetworkKind kind, String description, List<String> districts) {
	}

	/** A person to import; contact data goes to a separate node, consents to one node per purpose. */
	public record PersonRow(String id, String displayName, Integer birthYear, String district, String email,
			String phone, boolean panelConsent, boolean contactConsent) {
	}

	/** A membership to import. */
	public record MembershipRow(String personId, String networkId, MembershipRole role, LocalDate since) {
	}

	/** A connector who knows a network, or a relation between two networks (PART_OF or WORKS_WITH). */
	public record LinkRow(String from, String type, String to) {
	}

	public void networks(List<NetworkRow> rows) {
		batches(rows, row -> {
			Map<String, Object> map = new HashMap<>();
			map.put("id", row.id());
			map.put("name", row.name().strip());
			map.put("nameKey", Networks.nameKey(row.name()));
			map.put("kind", row.kind().name());
			map.put("description", row.description());
			map.put("districts", row.districts());
			return map;
		}, """
				UNWIND $rows AS row
				MERGE (n:Network {id: row.id})
				ON CREATE SET n.name = row.name, n.nameKey = row.nameKey, n.kind = row.kind,
				              n.description = row.description, n.createdAt = datetime()
				WITH n, row
				UNWIND row.districts AS code
				MATCH (d:District {code: code})
				MERGE (n)-[:ACTIVE_IN]->(d)""");
	}

	public void people(List<PersonRow> rows) {
		batches(rows, row -> {
			Map<String, Object> map = new HashMap<>();
			map.put("id", row.id());
			map.put("displayName", row.displayName());
			map.put("birthYear", row.birthYear());
			map.put("district", row.district());
			map.put("email", row.email());
			map.put("phone", row.phone());
			List<String> purposes = new ArrayList<>();
			if (row.panelConsent()) {
				purposes.add("PANEL");
			}
			if (row.contactConsent()) {
				purposes.add("CONTACT");
			}
			map.put("purposes", purposes);
			return map;
		}, """
				UNWIND $rows AS row
				MERGE (p:Person {id: row.id})
				ON CREATE SET p.displayName = row.displayName, p.birthYear = row.birthYear, p.createdAt = datetime(),
				              p.imported = true
				WITH p, row WHERE p.imported
				REMOVE p.imported
				WITH p, row
				CALL (p, row) {
				  MATCH (d:District {code: row.district})
				  CREATE (p)-[:LIVES_IN]->(d)
				}
				CALL (p, row) {
				  WITH p, row WHERE row.email IS NOT NULL OR row.phone IS NOT NULL
				  CREATE (p)-[:HAS_CONTACT]->(:Contact {id: randomUUID(), email: row.email, phone: row.phone})
				}
				CALL (p, row) {
				  UNWIND row.purposes AS purpose
				  CREATE (p)-[:GAVE]->(:Consent {id: randomUUID(), purpose: purpose, givenAt: datetime()})
				}""");
	}

	public void memberships(List<MembershipRow> rows) {
		batches(rows, row -> Map.of("person", row.personId(), "network", row.networkId(), "role", row.role().name(),
				"since", row.since()), """
				UNWIND $rows AS row
				MATCH (p:Person {id: row.person}), (n:Network {id: row.network})
				MERGE (p)-[m:MEMBER_OF]->(n)
				ON CREATE SET m.role = row.role, m.since = row.since""");
	}

	public void connectors(List<LinkRow> rows) {
		batches(rows, row -> Map.of("person", row.from(), "network", row.to()), """
				UNWIND $rows AS row
				MATCH (p:Person {id: row.person}), (n:Network {id: row.network})
				MERGE (p)-[:CONNECTS]->(n)""");
	}

	public void relations(List<LinkRow> rows) {
		batches(rows.stream().filter(row -> row.type().equals("PART_OF")).toList(),
				row -> Map.of("from", row.from(), "to", row.to()), """
						UNWIND $rows AS row
						MATCH (a:Network {id: row.from}), (b:Network {id: row.to})
						MERGE (a)-[:PART_OF]->(b)""");
		batches(rows.stream().filter(row -> row.type().equals("WORKS_WITH")).toList(),
				row -> Map.of("from", row.from(), "to", row.to()), """
						UNWIND $rows AS row
						MATCH (a:Network {id: row.from}), (b:Network {id: row.to})
						MERGE (a)-[:WORKS_WITH]->(b)""");
	}

	private <T> void batches(List<T> rows, Function<T, Map<String, Object>> toMap, String cypher) {
		for (int start = 0; start < rows.size(); start += BATCH) {
			List<Map<String, Object>> batch = rows.subList(start, Math.min(rows.size(), start + BATCH))
				.stream()
				.map(toMap)
				.toList();
			this.neo4j.query(cypher).bind(batch).to("rows").run();
		}
	}

}
