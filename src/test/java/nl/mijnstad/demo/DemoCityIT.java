package nl.mijnstad.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mijnstad.Api;
import nl.mijnstad.IntegrationTest;
import nl.mijnstad.demo.city.CityGenerator;
import nl.mijnstad.demo.city.CityPlan;
import nl.mijnstad.demo.city.DemoCity;
import nl.mijnstad.demo.city.DemoNetwork;
import nl.mijnstad.demo.city.Scale;
import nl.mijnstad.security.Accounts;
import nl.mijnstad.submission.Submissions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The demo city goes in through the same paths as real data, completely, and loading it again adds nothing. */
class DemoCityIT extends IntegrationTest {

	@Autowired
	Submissions submissions;

	@Autowired
	Accounts accounts;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	DemoCityWriter writer;

	@Test
	void theCityIsLoadedWholeAndAgainWithoutChange() {
		DemoProperties properties = new DemoProperties("city", 2017, "mijnstad-demo");
		DemoCityLoader loader = new DemoCityLoader(properties, this.submissions, this.accounts, this.neo4j, this.writer);
		DemoCity city = new CityGenerator(new CityPlan(Scale.CITY, 2017)).generate();
		List<String> ids = city.networks().stream().map(DemoNetwork::id).toList();

		loader.load(city);

		assertThat(count("MATCH (n:Network) WHERE n.id IN $ids RETURN count(n)", "ids", ids)).isEqualTo(150);
		assertThat(count("MATCH (p:Person)-[:MEMBER_OF]->(n:Network) WHERE n.id IN $ids RETURN count(DISTINCT p)", "ids",
				ids)).isEqualTo(city.people().stream().filter(p -> true).count());
		assertThat(count("MATCH (g:Gathering)-[:OF]->(n:Network) WHERE n.id IN $ids RETURN count(g)", "ids", ids))
			.isEqualTo(city.gatherings().size());
		Set<String> reached = city.gatherings().stream().map(g -> g.networkId()).collect(Collectors.toSet());
		assertThat(count("MATCH (n:Network) WHERE n.id IN $ids AND NOT EXISTS { (:Gathering)-[:OF]->(n) } RETURN count(n)",
				"ids", ids)).isEqualTo(150 - reached.size()).isGreaterThan(40);
		// Contact data apart from people, consents per purpose, as for people registered through the API.
		assertThat(count("MATCH (p:Person) WHERE p.email IS NOT NULL RETURN count(p)")).isZero();
		assertThat(count("MATCH (p:Person)-[:MEMBER_OF]->(n:Network) WHERE n.id IN $ids "
				+ "MATCH (p)-[:HAS_CONTACT]->(c:Contact) RETURN count(DISTINCT c)", "ids", ids))
			.isEqualTo(city.people().stream().filter(p -> p.email() != null || p.phone() != null).count());

		// The demo holder holds networks and can submit for them through the API.
		String holder = Api.basic("holder", "mijnstad-demo");
		List<String> held = api().get("/api/v1/networks?limit=10000", holder).json().findValuesAsString("id");
		assertThat(held).containsAll(ids);
		assertThat(count("MATCH (:Account {username: 'holder'})-[:MANAGES]->(n:Network) RETURN count(n)"))
			.isGreaterThanOrEqualTo(2);

		long[] before = graphSize();
		loader.load(city);
		assertThat(graphSize()).isEqualTo(before);
	}

}
