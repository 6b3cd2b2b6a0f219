package nl.mijnstad.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import nl.mijnstad.graph.EmbeddedNeo4j;
import nl.mijnstad.graph.GraphProperties;
import nl.mijnstad.graph.Migrations;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Restores a backup archive into a new data folder, with the service stopped: checks the archive, creates the
 * embedded database there with the schema of the backed-up migrations, loads the nodes and relationships in
 * batches, and checks the result against the manifest's fingerprint. The service then starts on the folder as
 * usual and applies any newer migrations of its own.
 */
final class Restore {

	static final int BATCH = 2_000;

	private final Path archive;

	private final Path dataDir;

	private final PrintStream out;

	Restore(Path archive, Path dataDir, PrintStream out) {
		this.archive = archive;
		this.dataDir = dataDir;
		this.out = out;
	}

	Manifest run() throws IOException {
		refuseNonEmpty(this.dataDir);
		try (ZipFile zip = new ZipFile(this.archive.toFile())) {
			Manifest manifest = GraphArchive.verify(zip);
			checkMigrations(manifest.migrations(), Migrations.checksums());
			this.out.printf("Archive %s is whole: %d nodes, %d relationships, taken %s%n", this.archive,
					manifest.content().nodes(), manifest.content().relationships(), manifest.createdAt());
			try (EmbeddedNeo4j database = EmbeddedNeo4j
				.start(new GraphProperties(this.dataDir, new GraphProperties.Neo4j(0, null)));
					Driver driver = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", database.password()),
							Config.builder().withLogging(Logging.none()).build())) {
				Migrations.applyUpTo(driver, manifest.migrations().isEmpty() ? 0 : manifest.migrations().lastKey());
				load(zip, driver);
				Manifest.Content restored;
				try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
					restored = session.executeRead(GraphReader::fingerprint);
				}
				if (!restored.equals(manifest.content())) {
					throw new IOException("The restored graph differs from the backup: expected " + manifest.content()
							+ ", found " + restored + ". Delete " + this.dataDir + " and report this.");
				}
				this.out.printf("Restored into %s and checked: graph hash %s%n", this.dataDir,
						restored.graphHash());
			}
			return manifest;
		}
	}

	static void refuseNonEmpty(Path dataDir) throws IOException {
		if (!Files.exists(dataDir)) {
			return;
		}
		if (!Files.isDirectory(dataDir)) {
			throw new RestoreRefusedException(dataDir + " is a file, not a folder");
		}
		try (Stream<Path> entries = Files.list(dataDir)) {
			if (entries.findAny().isPresent()) {
				throw new RestoreRefusedException(dataDir + " is not empty. A restore only goes into an empty or new"
						+ " folder, so it can never overwrite a live database; choose another folder, or move this"
						+ " one away first.");
			}
		}
	}

	/** The archive's migrations must be this build's, unchanged; a build never restores a newer backup. */
	static void checkMigrations(SortedMap<Integer, String> backedUp, SortedMap<Integer, String> known)
			throws RestoreRefusedException {
		for (var migration : backedUp.entrySet()) {
			String checksum = known.get(migration.getKey());
			if (checksum == null) {
				throw new RestoreRefusedException("The backup was made by a newer version of the service (migration "
						+ migration.getKey() + " is unknown to this one); restore it with that version or newer.");
			}
			if (!checksum.equals(migration.getValue())) {
				throw new RestoreRefusedException("Migration " + migration.getKey()
						+ " of the backup differs from this build's; it was not made by a released version.");
			}
		}
	}

	private void load(ZipFile zip, Driver driver) throws IOException {
		try (Session session = driver.session()) {
			// The migrations' own data (districts, migration records) comes back from the archive as it was.
			session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
			List<String> elementIds = new ArrayList<>();
			List<Map<String, Object>> rows = new ArrayList<>();
			GraphArchive.nodes(zip, node -> {
				rows.add(Map.of("labels", node.labels(), "properties", PropertyValues.decodeAll(node.properties())));
				if (rows.size() == BATCH) {
					elementIds.addAll(createNodes(session, rows));
				}
			});
			elementIds.addAll(createNodes(session, rows));
			this.out.printf("  %d nodes loaded%n", elementIds.size());
			long[] relationships = { 0 };
			GraphArchive.relationships(zip, relationship -> {
				Map<String, Object> row = new HashMap<>();
				row.put("start", elementIds.get(Math.toIntExact(relationship.start())));
				row.put("end", elementIds.get(Math.toIntExact(relationship.end())));
				row.put("type", relationship.type());
				row.put("properties", PropertyValues.decodeAll(relationship.properties()));
				rows.add(row);
				if (rows.size() == BATCH) {
					relationships[0] += createRelationships(session, rows);
				}
			});
			relationships[0] += createRelationships(session, rows);
			this.out.printf("  %d relationships loaded%n", relationships[0]);
		}
	}

	/** Creates a batch of nodes in archive order and empties it; returns their element ids in that order. */
	private static List<String> createNodes(Session session, List<Map<String, Object>> rows) {
		List<String> ids = session.executeWrite(tx -> tx.run("""
				UNWIND $rows AS row
				CREATE (n:$(row.labels))
				SET n = row.properties
				RETURN elementId(n) AS id""", Map.of("rows", rows)).list(row -> row.get("id").asString()));
		rows.clear();
		return ids;
	}

	private static long createRelationships(Session session, List<Map<String, Object>> rows) {
		long created = session.executeWrite(tx -> tx.run("""
				UNWIND $rows AS row
				MATCH (a) WHERE elementId(a) = row.start
				MATCH (b) WHERE elementId(b) = row.end
				CREATE (a)-[r:$(row.type)]->(b)
				SET r = row.properties""", Map.of("rows", rows)).consume().counters().relationshipsCreated());
		rows.clear();
		return created;
	}

	/** The restore will not run: the message says why and what to do. */
	static final class RestoreRefusedException extends IOException {

		RestoreRefusedException(String message) {
			super(message);
		}

	}

}
