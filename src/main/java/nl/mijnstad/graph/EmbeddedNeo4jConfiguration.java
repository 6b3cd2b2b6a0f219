package nl.mijnstad.graph;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded database when {@code spring.neo4j.uri} is not set, and points the driver at it. With
 * the property set, Boot's own auto-configuration connects to the external server or cluster and nothing
 * embedded starts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4j.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(GraphProperties properties) {
		return EmbeddedNeo4j.start(properties);
	}

	/** The driver depends on this bean, so Spring closes the driver before it shuts the database down. */
	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j database) {
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return database.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic("neo4j", database.password());
			}

		};
	}

}
