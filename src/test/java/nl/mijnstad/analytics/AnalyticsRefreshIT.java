package nl.mijnstad.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A committed submission reaches the analytics by itself, through the database's change signature. */
class AnalyticsRefreshIT extends IntegrationTest {

	@Autowired
	Analytics analytics;

	@Autowired
	AnalyticsProperties properties;

	@Test
	void aSubmissionAppearsInTheNextSnapshotWithoutAnyCallToTheAnalytics() throws Exception {
		String network = api().network("SPORT", "WK079605");
		String anna = api().member(network, "Anna R.", "WK079605");
		String before = this.analytics.snapshot().computedAt().toString();

		String gathering = api().post("/api/v1/networks/" + network + "/gatherings", api().admin(),
				Map.of("heldOn", "2017-02-01", "participants", 9, "attendees", List.of(anna), "values",
						List.of("sport", "gezondheid"), "spearheads", List.of(Map.of("title", "Sportvelden open voor iedereen"))))
			.id();
		Snapshot fresh = this.analytics.awaitFresh(Duration.ofSeconds(30));

		assertThat(fresh.computedAt().toString()).isNotEqualTo(before);
		GraphProjection projection = fresh.projection();
		GraphProjection.Gathering seen = projection.gatherings()
			.stream()
			.filter(g -> g.id().equals(gathering))
			.findFirst()
			.orElseThrow();
		assertThat(projection.networks().get(seen.network()).id()).isEqualTo(network);
		assertThat(projection.networks().get(seen.network()).reached()).isTrue();
		assertThat(seen.values()).hasSize(2);
		assertThat(seen.ranking()).hasSize(1);
		assertThat(seen.attendees()).hasSize(1);
		assertThat(projection.people().get(seen.attendees()[0]).district()).isEqualTo("WK079605");
		assertThat(projection.membersOfNetwork()[seen.network()]).hasSize(1);
		assertThat(fresh.clusterOfNetwork()).hasSize(projection.networks().size());
	}

	@Test
	void whilePausedNoRefreshRunsAndOnClosingTheAnalyticsCatchUp() throws Exception {
		String network = api().network("SPORT", "WK079605");
		String anna = api().member(network, "Anna P.", "WK079605");
		Snapshot before = this.analytics.awaitFresh(Duration.ofSeconds(30));
		String gathering;
		try (Analytics.Pause paused = this.analytics.pause()) {
			gathering = api().post("/api/v1/networks/" + network + "/gatherings", api().admin(),
					Map.of("heldOn", "2017-02-02", "participants", 4, "attendees", List.of(anna), "values",
							List.of("sport"), "spearheads", List.of(Map.of("title", "Sportvelden open voor iedereen"))))
				.id();
			// Several polls and the submission's own wake-up pass; the snapshot stays the one from before.
			Thread.sleep(3 * this.properties.pollInterval().toMillis() + 500);
			assertThat(this.analytics.snapshot()).isSameAs(before);
		}
		Snapshot fresh = this.analytics.awaitFresh(Duration.ofSeconds(30));
		assertThat(fresh.projection().gatherings()).anyMatch(g -> g.id().equals(gathering));
	}

}
