package nl.mijnstad.bench;


import nl.mijnstad.analytics.algorithm.MembershipOverlap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overlap benchmark's methods give the same answer on a small hand-checked graph: the service's inverted
 * index (memberships read over Bolt) and plain Cypher. (GDS is only on the bench profile's class path; the
 * benchmark itself checks GDS against the inverted index on every run.) An IT, not a *Tests, because it starts
 * a database.
 */
class OverlapMethodsIT {

	private static Neo4j neo4j;

	private static Driver driver;

	@BeforeAll
	static void graph() {
		// Networks a..e; a and b share p1, p2, p3; b and c share p3; d has one member; e none.
		neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
			.withFixture("UNWIND ['a', 'b', 'c', 'd', 'e'] AS id CREATE (:Network {id: id})")
			.withFixture("""
				UNWIND [['p1', 'a'], ['p1', 'b'], ['p2', 'a'], ['p2', 'b'], ['p3', 'a'], ['p3', 'b'], ['p3', 'c'],
				        ['p4', 'c'], ['p5', 'd'], ['p6', 'a']] AS m
				MERGE (p:Person {id: m[0]})
				WITH p, m MATCH (n:Network {id: m[1]})
				CREATE (p)-[:MEMBER_OF]->(n)""")
			.build();
		driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
	}

	@AfterAll
	static void close() {
		driver.close();
		neo4j.close();
	}

	@Test
	void theInvertedIndexAndCypherFindTheSamePairsWithTheSameCounts() {
		OverlapMethods methods = new OverlapMethods(neo4j.defaultDatabaseService(), driver);
		assertThat(methods.networks()).containsExactly("a", "b", "c", "d", "e");
		OverlapMethods.Memberships memberships = methods.readMemberships();
		assertThat(memberships.count()).isEqualTo(10);
		assertThat(memberships.sizes()).containsExactly(4, 3, 2, 1, 0);
		PairSet service = methods.toPairs(methods.service(memberships, MembershipOverlap.Limits.DEFAULTS));
		PairSet cypher = methods.cypher();
		assertThat(service.differences(cypher, 10)).isEmpty();
		assertThat(service.size()).isEqualTo(3);
		assertThat(service.sharedOf(0, 1)).isEqualTo(3);
		assertThat(service.sharedOf(1, 2)).isEqualTo(1);
		assertThat(service.sharedOf(0, 2)).isEqualTo(1);
		assertThat(methods.gdsAvailable()).isFalse();
	}

	@Test
	void aGdsAnswerWithAllPairsMatchesTheInvertedIndexExactly() {
		OverlapMethods methods = new OverlapMethods(neo4j.defaultDatabaseService(), driver);
		OverlapMethods.Memberships memberships = methods.readMemberships();
		PairSet service = methods.toPairs(methods.service(memberships, MembershipOverlap.Limits.DEFAULTS));
		// What GDS nodeSimilarity streams with topK ≥ networks: each pair both ways, with its Jaccard.
		OverlapMethods.Similarities gds = new OverlapMethods.Similarities(new int[] { 0, 1, 0, 2, 1, 2 },
				new int[] { 1, 0, 2, 0, 2, 1 }, new double[] { 3 / 4.0, 3 / 4.0, 1 / 5.0, 1 / 5.0, 1 / 4.0, 1 / 4.0 }, 5);
		assertThat(OverlapMethods.differences(gds, service, memberships.sizes(), 10)).isEmpty();
	}

}
