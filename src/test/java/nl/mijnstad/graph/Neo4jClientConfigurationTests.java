package nl.mijnstad.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** Bookmarks are kept where the driver spreads transactions over a cluster's members, and only there. */
class Neo4jClientConfigurationTests {

	@Test
	void aRoutingDriverKeepsBookmarksAndADirectConnectionDoesNot() {
		assertThat(Neo4jClientConfiguration.routes(URI.create("neo4j://cluster.example:7687"))).isTrue();
		assertThat(Neo4jClientConfiguration.routes(URI.create("neo4j+s://cluster.example"))).isTrue();
		assertThat(Neo4jClientConfiguration.routes(URI.create("neo4j+ssc://cluster.example"))).isTrue();
		assertThat(Neo4jClientConfiguration.routes(URI.create("bolt://127.0.0.1:7687"))).isFalse();
		assertThat(Neo4jClientConfiguration.routes(URI.create("bolt+s://db.example:7687"))).isFalse();
	}

}
