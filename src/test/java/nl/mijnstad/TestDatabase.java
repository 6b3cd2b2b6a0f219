package nl.mijnstad;

import java.net.URI;

import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One in-process Neo4j (the harness) for the whole test run, reached over Bolt like an external server.
 * Started on first use and stopped when the JVM ends, so every integration test class shares it and the
 * Spring context that uses it.
 */
public final class TestDatabase {

	private static Neo4j neo4j;

	private TestDatabase() {
	}

	public static synchronized URI boltUri() {
		if (neo4j == null) {
			neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
			Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
		}
		return neo4j.boltURI();
	}

}
