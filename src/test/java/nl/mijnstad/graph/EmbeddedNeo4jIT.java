package nl.mijnstad.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/** The embedded database listens on loopback with a generated password that only its owner can read. */
class EmbeddedNeo4jIT {

	@Test
	void startsWithAPasswordKeptInTheDataFolder(@TempDir Path dataDir) throws Exception {
		String password;
		try (EmbeddedNeo4j database = EmbeddedNeo4j.start(new GraphProperties(dataDir, new GraphProperties.Neo4j(0, null)))) {
			Path file = dataDir.resolve(EmbeddedNeo4j.PASSWORD_FILE);
			password = Files.readString(file).strip();
			assertThat(Files.getPosixFilePermissions(file))
				.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
			assertThat(database.boltUri().getHost()).isEqualTo("127.0.0.1");

			try (Driver driver = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", password))) {
				driver.executableQuery("CREATE (:Probe {n: 1})").execute();
				assertThat(driver.executableQuery("MATCH (p:Probe) RETURN count(p) AS n").execute().records().get(0)
					.get("n").asInt()).isOne();
			}
			try (Driver wrong = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", "wrong"))) {
				assertThatExceptionOfType(AuthenticationException.class).isThrownBy(wrong::verifyConnectivity);
			}
		}

		// A restart on the same folder keeps the password and the data.
		try (EmbeddedNeo4j database = EmbeddedNeo4j.start(new GraphProperties(dataDir, new GraphProperties.Neo4j(0, null)));
				Driver driver = GraphDatabase.driver(database.boltUri(), AuthTokens.basic("neo4j", password))) {
			assertThat(database.password()).isEqualTo(password);
			assertThat(driver.executableQuery("MATCH (p:Probe) RETURN count(p) AS n").execute().records().get(0)
				.get("n").asInt()).isOne();
		}
		assertThat(Set.of(dataDir.toFile().list())).contains("neo4j", EmbeddedNeo4j.PASSWORD_FILE);
	}

}
