package nl.mijnstad.analytics.algorithm;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class GroupAwareConsensusTests {

	@Test
	void productRewardsAValueHeldInEveryCluster() {
		// Cluster "sport" has 8 reached networks, "culture" 2.
		// "groen": 4 of 8 and 1 of 2 -> (5/10)(2/4) = 0.25, mean (0.5 + 0.5)/2 = 0.5
		// "sport": 8 of 8 and 0 of 2 -> (9/10)(1/4) = 0.225, mean (0.9 + 0.25)/2 = 0.575
		GroupAwareConsensus consensus = new GroupAwareConsensus(Map.of("sport", 8, "culture", 2),
				Map.of("groen", Map.of("sport", 4, "culture", 1), "sport", Map.of("sport", 8)));

		assertThat(consensus.values()).extracting(ValueConsensus::value).containsExactly("groen", "sport");
		ValueConsensus groen = consensus.values().get(0);
		ValueConsensus sport = consensus.values().get(1);
		assertThat(groen.consensus()).isCloseTo(0.25, within(1e-12));
		assertThat(groen.meanAgreement()).isCloseTo(0.5, within(1e-12));
		assertThat(sport.consensus()).isCloseTo(0.225, within(1e-12));
		assertThat(sport.meanAgreement()).isCloseTo(0.575, within(1e-12));
	}

	@Test
	void aValueHeldNowhereStillGetsTheSmoothedAgreement() {
		GroupAwareConsensus consensus = new GroupAwareConsensus(Map.of("a", 1, "b", 3), Map.of("stilte", Map.of()));

		// (1/3)(1/5)
		assertThat(consensus.values().get(0).consensus()).isCloseTo(1.0 / 15, within(1e-12));
		assertThat(consensus.values().get(0).meanAgreement()).isCloseTo((1.0 / 3 + 1.0 / 5) / 2, within(1e-12));
	}

	@Test
	void rejectsInconsistentCounts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GroupAwareConsensus(Map.of("a", 2), Map.of("groen", Map.of("a", 3))))
			.withMessageContaining("held by 3 networks of cluster 'a', which has 2");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GroupAwareConsensus(Map.of("a", 2), Map.of("groen", Map.of("b", 1))))
			.withMessageContaining("unknown cluster 'b'");
		assertThatIllegalArgumentException().isThrownBy(() -> new GroupAwareConsensus(Map.of("a", 0), Map.of()))
			.withMessageContaining("at least 1 reached network");
		assertThatIllegalArgumentException().isThrownBy(() -> new GroupAwareConsensus(Map.of(), Map.of()));
	}

}
