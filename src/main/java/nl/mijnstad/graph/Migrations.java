package nl.mijnstad.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the files of {@code cypher/migrations/} in version order at start-up, before the service accepts
 * requests, and records each in the graph with its checksum. An applied file that changed stops the start:
 * migrations are never edited once released.
 */
@Component
public class Migrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(Migrations.class);

	static final String LOCATION = "classpath*:cypher/migrations/*.cypher";

	private final Driver driver;

	Migrations(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void afterPropertiesSet() {
		apply(load());
	}

	/** Version and checksum of each migration this build carries, in version order: what a backup records. */
	public static SortedMap<Integer, String> checksums() {
		SortedMap<Integer, String> checksums = new TreeMap<>();
		load().forEach(migration -> checksums.put(migration.version(), migration.checksum()));
		return checksums;
	}

	/**
	 * Applies this build's migrations up to and including {@code version} to a database outside the running
	 * service (a restore), so its schema is the one the backed-up data was written under.
	 */
	public static void applyUpTo(Driver driver, int version) {
		new Migrations(driver).apply(load().stream().filter(migration -> migration.version() <= version).toList());
	}

	static List<Migration> load() {
		try {
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				migrations.add(Migration.parse(resource.getFilename(),
						resource.getContentAsString(StandardCharsets.UTF_8)));
			}
			migrations.sort(Comparator.comparingInt(Migration::version));
			for (int i = 1; i < migrations.size(); i++) {
				if (migrations.get(i).version() == migrations.get(i - 1).version()) {
					throw new IllegalStateException("Two migrations have version " + migrations.get(i).version());
				}
			}
			return migrations;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the migrations: " + ex.getMessage(), ex);
		}
	}

	void apply(List<Migration> migrations) {
		try (Session session = this.driver.session()) {
			Map<Integer, String> applied = new HashMap<>();
			for (Record row : session.run("MATCH (m:MijnStadMigration) RETURN m.version AS version, m.checksum AS checksum")
				.list()) {
				applied.put(row.get("version").asInt(), row.get("checksum").asString());
			}
			for (Migration migration : migrations) {
				String checksum = applied.get(migration.version());
				if (checksum == null) {
					run(session, migration);
				}
				else if (!checksum.equals(migration.checksum())) {
					throw new IllegalStateException("Migration " + migration.file()
							+ " was changed after it was applied to this database (checksum " + checksum
							+ " recorded, " + migration.checksum()
							+ " now). Applied migrations are never edited: restore the file and add a new migration.");
				}
			}
		}
	}

	private void run(Session session, Migration migration) {
		log.info("Applying migration {}", migration.file());
		// Each statement in its own transaction: Neo4j does not mix schema and data changes in one.
		// Statements are written to be repeatable (IF NOT EXISTS, MERGE), so a start interrupted halfway
		// simply applies the file again.
		for (String statement : migration.statements()) {
			session.executeWriteWithoutResult(tx -> tx.run(statement));
		}
		session.executeWriteWithoutResult(tx -> tx.run("""
				MERGE (m:MijnStadMigration {version: $version})
				SET m.description = $description, m.file = $file, m.checksum = $checksum,
				    m.appliedAt = datetime()""",
				Values.parameters("version", migration.version(), "description", migration.description(), "file",
						migration.file(), "checksum", migration.checksum())));
	}

}
