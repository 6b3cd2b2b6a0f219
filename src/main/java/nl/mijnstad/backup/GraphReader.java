package nl.mijnstad.backup;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;

/**
 * Streams a whole graph in the archive's form: first {@link #nodes}, then {@link #relationships}, both in one
 * transaction. The only thing held in memory is the map from Neo4j's element ids to archive refs.
 */
final class GraphReader implements GraphSource {

	private final SimpleQueryRunner tx;

	private final Map<String, Long> refs = new HashMap<>();

	GraphReader(SimpleQueryRunner tx) {
		this.tx = tx;
	}

	@Override
	public SortedMap<Integer, String> migrations() {
		SortedMap<Integer, String> migrations = new TreeMap<>();
		this.tx.run("MATCH (m:MijnStadMigration) RETURN m.version AS version, m.checksum AS checksum")
			.forEachRemaining(row -> migrations.put(row.get("version").asInt(), row.get("checksum").asString()));
		return migrations;
	}

	@Override
	public void nodes(Consumer<ArchivedNode> nodes) {
		Result rows = this.tx.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties");
		while (rows.hasNext()) {
			Record row = rows.next();
			long ref = this.refs.size();
			this.refs.put(row.get("id").asString(), ref);
			nodes.accept(new ArchivedNode(ref, row.get("labels").asList(label -> label.asString()),
					PropertyValues.encode(row.get("properties").asMap(value -> value))));
		}
	}

	@Override
	public void relationships(Consumer<ArchivedRelationship> relationships) {
		Result rows = this.tx.run("""
				MATCH (a)-[r]->(b)
				RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS properties""");
		while (rows.hasNext()) {
			Record row = rows.next();
			relationships.accept(new ArchivedRelationship(this.refs.get(row.get("start").asString()),
					this.refs.get(row.get("end").asString()), row.get("type").asString(),
					PropertyValues.encode(row.get("properties").asMap(value -> value))));
		}
	}

	/** The fingerprint of the whole graph, as a restore and a test compare it with a manifest's. */
	static Manifest.Content fingerprint(SimpleQueryRunner tx) {
		GraphFingerprint fingerprint = new GraphFingerprint();
		GraphReader reader = new GraphReader(tx);
		reader.nodes(fingerprint::add);
		reader.relationships(fingerprint::add);
		return fingerprint.content();
	}

}
