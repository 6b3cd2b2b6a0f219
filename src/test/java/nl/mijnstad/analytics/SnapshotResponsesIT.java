package nl.mijnstad.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.mijnstad.Api;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Analytics reads answered from the bytes kept for the snapshot: the same answer, per user, until the data changes. */
class SnapshotResponsesIT extends IntegrationTest {

	@Autowired
	Analytics analytics;

	@Test
	void aReadIsAnsweredAgainWithTheSameBytesAndAnETagUntilASubmissionChangesIt() throws Exception {
		this.analytics.awaitFresh(Duration.ofSeconds(30));
		Api.Answer first = api().get("/api/v1/analytics/values", api().admin());
		Api.Answer second = api().get("/api/v1/analytics/values", api().admin());
		assertThat(first.status()).isEqualTo(200);
		assertThat(second.text()).isEqualTo(first.text());
		String etag = second.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("ETag")).contains(etag);
		assertThat(second.contentType()).contains("application/json");

		Api.Answer unchanged = api().get("/api/v1/analytics/values", api().admin(), Map.of("If-None-Match", etag));
		assertThat(unchanged.status()).isEqualTo(304);
		assertThat(unchanged.text()).isEmpty();

		String network = api().network("SPORT", "WK079605");
		String anna = api().member(network, "Anna R.", "WK079605");
		api().post("/api/v1/networks/" + network + "/gatherings", api().admin(),
				Map.of("heldOn", "2017-02-01", "participants", 9, "attendees", List.of(anna), "values",
						List.of("Zwemwaterkwaliteit"), "spearheads", List.of(Map.of("title", "Schoon zwemwater"))));
		this.analytics.awaitFresh(Duration.ofSeconds(30));

		Api.Answer changed = api().get("/api/v1/analytics/values", api().admin(), Map.of("If-None-Match", etag));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.text()).contains("Zwemwaterkwaliteit");
		assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
	}

	@Test
	void anAnswerKeptForOneUserIsNeverGivenToAnother() throws Exception {
		// A reached network with three members in one district: a cell under k (5) for policymakers.
		String network = api().network("HOBBY", "WK079608");
		List<String> members = List.of(api().member(network, "Kees", "WK079608"), api().member(network, "Lot", "WK079608"),
				api().member(network, "Mo", "WK079608"));
		api().post("/api/v1/networks/" + network + "/gatherings", api().admin(), Map.of("heldOn", "2017-03-01",
				"participants", 3, "attendees", members, "values", List.of("rust"), "spearheads", List.of(Map.of("title", "Bankjes"))));
		this.analytics.awaitFresh(Duration.ofSeconds(30));
		String connector = api().account("CONNECTOR");
		String policymaker = api().account("POLICYMAKER");

		Api.Answer forConnector = api().get("/api/v1/analytics/coverage", connector);
		Api.Answer again = api().get("/api/v1/analytics/coverage", connector);
		Api.Answer forPolicymaker = api().get("/api/v1/analytics/coverage", policymaker);

		assertThat(again.text()).isEqualTo(forConnector.text());
		assertThat(forConnector.headers().firstValue("ETag")).isPresent();
		List<String> small = new java.util.ArrayList<>();
		forConnector.json().get("districts").forEach(cell -> {
			assertThat(cell.get("suppressed").asBoolean()).isFalse();
			long reached = cell.get("reached").asLong();
			if (reached > 0 && reached < 5) {
				small.add(cell.get("key").asString());
			}
		});
		assertThat(small).as("districts reached by fewer than k people").isNotEmpty();
		forPolicymaker.json().get("districts").forEach(cell -> {
			if (small.contains(cell.get("key").asString())) {
				assertThat(cell.get("suppressed").asBoolean()).as(cell.toString()).isTrue();
				assertThat(cell.get("reached").isNull()).isTrue();
			}
		});
		assertThat(api().get("/api/v1/analytics/frontier?limit=3", connector).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/analytics/frontier?limit=3", policymaker).status())
			.as("the frontier names people: connectors and admins only, also once a connector's answer is kept")
			.isEqualTo(403);
	}

}
