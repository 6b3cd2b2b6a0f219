package nl.mijnstad.graph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Neo4j database the service runs on when no external one is configured: it lives in the data folder,
 * listens for Bolt on 127.0.0.1 only, and requires a password, so local tools can connect but nobody else.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final String password;

	private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, String password) {
		this.service = service;
		this.boltUri = boltUri;
		this.password = password;
	}

	/** Starts the database in {@code <dataDir>/neo4j} and sets the {@code neo4j} user's password. */
	public static EmbeddedNeo4j start(GraphProperties properties) {
		Path home = properties.dataDir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(home);
			String password = resolvePassword(home, properties.neo4j().password());
			int port = properties.neo4j().boltPort() == 0 ? freePort() : properties.neo4j().boltPort();
			DatabaseManagementService service = new DatabaseManagementServiceBuilder(home.resolve("neo4j"))
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				.build();
			// Embedded access needs no login, so the password is (re)set here on every start: a changed
			// configuration takes effect, and the default password never stays.
			setPassword(service, password);
			URI uri = URI.create("bolt://127.0.0.1:" + port);
			log.info("Embedded Neo4j started in {}; Bolt on {} (user neo4j, password in {})", home.resolve("neo4j"),
					uri, properties.neo4j().password() == null ? home.resolve(PASSWORD_FILE) : "mijnstad.neo4j.password");
			return new EmbeddedNeo4j(service, uri, password);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot prepare the data folder " + home + ": " + ex.getMessage(), ex);
		}
	}

	static final String PASSWORD_FILE = "neo4j-password";

	private static void setPassword(DatabaseManagementService service, String password) {
		try {
			service.database("system")
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		catch (QueryExecutionException ex) {
			// On a restart the password is usually unchanged, which Neo4j refuses to "change"; that is fine.
			if (!ex.getMessage().contains("cannot be the same")) {
				throw ex;
			}
		}
	}

	private static String resolvePassword(Path home, String configured) throws IOException {
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		Path file = home.resolve(PASSWORD_FILE);
		if (Files.exists(file)) {
			return Files.readString(file).strip();
		}
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		String generated = HexFormat.of().formatHex(random);
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(file, generated + System.lineSeparator());
		return generated;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket.getLocalPort();
		}
	}

	public URI boltUri() {
		return this.boltUri;
	}

	public String password() {
		return this.password;
	}

	/**
	 * Calls the listener around every commit that changes the service's database, whoever commits it (the
	 * service, cypher-shell, Neo4j Browser): the one place a consistent backup can hold all writes back.
	 */
	public void registerCommitListener(TransactionEventListener<?> listener) {
		this.service.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, listener);
	}

	/** Shuts the database down cleanly: checkpoints and releases the store, so the next start needs no recovery. */
	@Override
	public void close() {
		log.info("Shutting down the embedded Neo4j");
		this.service.shutdown();
	}

}
