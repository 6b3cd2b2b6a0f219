package nl.mijnstad.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;
import nl.mijnstad.analytics.Analytics;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Connectors record how networks relate and which networks they know; the analytics follow by themselves. */
class NetworkRelationApiIT extends IntegrationTest {

	@Autowired
	Analytics analytics;

	@Test
	void relationsAreRecordedOnceAndReachTheAnalytics() throws Exception {
		String club = api().network("CARNIVAL");
		String association = api().network("CARNIVAL");
		String connector = api().account("CONNECTOR");

		Answer partOf = api().post("/api/v1/networks/" + association + "/relations", connector,
				Map.of("type", "PART_OF", "network", club));
		assertThat(partOf.status()).as(partOf.text()).isEqualTo(201);
		assertThat(partOf.json().get("type").asString()).isEqualTo("PART_OF");
		assertThat(api().post("/api/v1/networks/" + association + "/relations", connector,
				Map.of("type", "PART_OF", "network", club)).status()).isEqualTo(409);
		assertThat(api().post("/api/v1/networks/" + club + "/relations", connector,
				Map.of("type", "WORKS_WITH", "network", association)).status()).isEqualTo(201);
		// WORKS_WITH is symmetric: the other direction is the same fact.
		assertThat(api().post("/api/v1/networks/" + association + "/relations", connector,
				Map.of("type", "WORKS_WITH", "network", club)).status()).isEqualTo(409);

		Snapshot snapshot = this.analytics.awaitFresh(Duration.ofSeconds(30));
		GraphProjection projection = snapshot.projection();
		int from = projection.networkIndex().get(association);
		int to = projection.networkIndex().get(club);
		assertThat(projection.relations()).anyMatch(r -> r.from() == from && r.to() == to && r.type().equals("PART_OF"))
			.anyMatch(r -> r.from() == to && r.to() == from && r.type().equals("WORKS_WITH"));
	}

	@Test
	void badRelationsChangeNothing() {
		String network = api().network("SPORT");
		String policymaker = api().account("POLICYMAKER");
		String holder = api().account("NETWORK_HOLDER", network);
		long[] before = graphSize();
		Answer self = api().post("/api/v1/networks/" + network + "/relations", api().admin(),
				Map.of("type", "WORKS_WITH", "network", network));
		assertThat(self.status()).isEqualTo(422);
		assertThat(self.contentType()).contains("application/problem+json");
		Answer unknownOther = api().post("/api/v1/networks/" + network + "/relations", api().admin(),
				Map.of("type", "PART_OF", "network", "no-such-network"));
		assertThat(unknownOther.status()).isEqualTo(422);
		assertThat(unknownOther.json().get("errors").get(0).get("field").asString()).isEqualTo("network");
		assertThat(api().post("/api/v1/networks/no-such-network/relations", api().admin(),
				Map.of("type", "PART_OF", "network", network)).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/networks/" + network + "/relations", api().admin(),
				Map.of("type", "KNOWS", "network", network)).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/networks/" + network + "/relations", api().admin(),
				Map.of("type", "PART_OF")).status()).isEqualTo(422);
		assertThat(api().post("/api/v1/networks/" + network + "/relations", policymaker,
				Map.of("type", "PART_OF", "network", network)).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/networks/" + network + "/relations", holder,
				Map.of("type", "PART_OF", "network", network)).status()).isEqualTo(403);
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void aConnectorKnowsANetworkOnce() throws Exception {
		String network = api().network("YOUTH");
		String other = api().network("YOUTH");
		String person = api().member(other, "Verbinder V.", null);
		String connector = api().account("CONNECTOR");

		assertThat(api().post("/api/v1/networks/" + network + "/connectors", connector, Map.of("personId", person))
			.status()).isEqualTo(201);
		assertThat(api().post("/api/v1/networks/" + network + "/connectors", connector, Map.of("personId", person))
			.status()).isEqualTo(409);
		assertThat(api().post("/api/v1/networks/" + network + "/connectors", connector, Map.of("personId", "nobody"))
			.status()).isEqualTo(422);
		assertThat(api().post("/api/v1/networks/nothing/connectors", connector, Map.of("personId", person)).status())
			.isEqualTo(404);
		assertThat(count("MATCH (:Person {id: $p})-[r:CONNECTS]->(:Network {id: $n}) RETURN count(r)", "p", person,
				"n", network)).isEqualTo(1);

		GraphProjection projection = this.analytics.awaitFresh(Duration.ofSeconds(30)).projection();
		int n = projection.networkIndex().get(network);
		assertThat(projection.connectors()).anyMatch(link -> link[1] == n
				&& projection.people().get(link[0]).id().equals(person));
	}

}
