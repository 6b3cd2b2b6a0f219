package nl.mijnstad.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.impl.transaction.log.checkpoint.CheckPointer;
import org.neo4j.kernel.impl.transaction.log.checkpoint.SimpleTriggerInfo;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The benchmark's database: an embedded Neo4j like the service's own (Bolt on 127.0.0.1, default memory
 * settings), started fresh in a folder, with the GDS jars as plugins when the bench profile copied them. The
 * service connects to it over Bolt, as to an external server; Cypher and GDS baselines run in-process.
 */
final class BenchDatabase implements AutoCloseable {

	private final DatabaseManagementService service;

	private final int port;

	private final boolean pluginsFound;

	private BenchDatabase(DatabaseManagementService service, int port, boolean pluginsFound) {
		this.service = service;
		this.port = port;
		this.pluginsFound = pluginsFound;
	}

	static BenchDatabase fresh(Path home, Path plugins) throws IOException {
		return open(home, plugins, false);
	}

	/** Starts the database in the folder, keeping what an earlier run left there when {@code keep} is set. */
	static BenchDatabase open(Path home, Path plugins, boolean keep) throws IOException {
		if (!keep) {
			delete(home);
		}
		Files.createDirectories(home);
		int port = freePort();
		boolean found = false;
		if (Files.isDirectory(plugins)) {
			try (Stream<Path> jars = Files.list(plugins)) {
				found = jars.anyMatch(jar -> jar.getFileName().toString().endsWith(".jar"));
			}
		}
		DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(GraphDatabaseSettings.auth_enabled, false);
		if (found) {
			builder.setConfig(GraphDatabaseSettings.plugin_dir, plugins.toAbsolutePath())
				.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"));
		}
		return new BenchDatabase(builder.build(), port, found);
	}

	GraphDatabaseService database() {
		return this.service.database("neo4j");
	}

	/**
	 * Makes the database write a checkpoint now. Community has no {@code db.checkpoint()} procedure, so this asks the
	 * kernel's own check-pointer, which the database running in this process allows. Answers the id of the last
	 * transaction the checkpoint covers.
	 */
	long checkpoint() throws IOException {
		return ((GraphDatabaseAPI) database()).getDependencyResolver()
			.resolveDependency(CheckPointer.class)
			.forceCheckPoint(new SimpleTriggerInfo("benchmark, before the measured ingest rounds"));
	}

	String boltUri() {
		return "bolt://127.0.0.1:" + this.port;
	}

	boolean pluginsFound() {
		return this.pluginsFound;
	}

	long count(String cypher) {
		return count(cypher, java.util.Map.of());
	}

	long count(String cypher, java.util.Map<String, Object> parameters) {
		return database().executeTransactionally(cypher, parameters,
				result -> ((Number) result.next().values().iterator().next()).longValue());
	}

	@Override
	public void close() {
		this.service.shutdown();
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket.getLocalPort();
		}
	}

}
