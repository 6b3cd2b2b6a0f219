package nl.mijnstad;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that starts the application: the real service on a random port, against the shared
 * harness database with the project's own migrations applied. All subclasses share one Spring context, so
 * tests create their own data (unique names) instead of wiping the graph.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

	public static final String ADMIN_PASSWORD = "admin-password-for-tests";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", () -> TestDatabase.boltUri().toString());
		registry.add("mijnstad.security.admin-password", () -> ADMIN_PASSWORD);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", TestMail::port);
		// Every test client comes from 127.0.0.1: the per-address limit (LoginThrottleTests) would otherwise let
		// one test's deliberate failed logins lock the rest of the run out.
		registry.add("mijnstad.security.throttle.per-address", () -> "1000");
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected Driver driver;

	private Api api;

	/** The API as a client sees it, over real HTTP. */
	protected Api api() {
		if (this.api == null) {
			this.api = new Api(this.port);
		}
		return this.api;
	}

	/** A single number from the graph, for checking what a request did or did not change. */
	protected long count(String cypher, Object... parameters) {
		try (var session = this.driver.session()) {
			return session.run(cypher, org.neo4j.driver.Values.parameters(parameters)).single().get(0).asLong();
		}
	}

	/** Everything in the graph, counted: nodes and relationships. A request that fails must not change it. */
	protected long[] graphSize() {
		return new long[] { count("MATCH (n) RETURN count(n)"), count("MATCH ()-[r]->() RETURN count(r)") };
	}

}
