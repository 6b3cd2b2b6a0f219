package nl.mijnstad.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.mijnstad.analytics.algorithm.BordaScore;
import nl.mijnstad.analytics.algorithm.RankedCandidate;

import org.junit.jupiter.api.Test;

/** Gatherings' prioritised lists as ballots, on {@link SmallCity}, counted by hand. */
class ElectionTests {

	@Test
	void eachGatheringCastsItsRankingAsABallot() {
		// Cluster 0 ballots: [x y z], [y z], [z x], [x]. d(x,y) = 3 : 1, d(y,z) = 2 : 1, d(x,z) = 2 : 2.
		// Links x→y (3) and y→z (2); x reaches z with strength 2 while z has no path back: x, y, z.
		Election election = Election.of(SmallCity.projection(), g -> SmallCity.CLUSTER_OF_NETWORK[g.network()] == 0,
				200);
		assertThat(election.ballots()).isEqualTo(4);
		assertThat(election.prioritised()).isEqualTo(3);
		assertThat(election.minBallots()).isEqualTo(1);
		assertThat(election.schulze().ranking()).containsExactly(new RankedCandidate(1, "x", 2),
				new RankedCandidate(2, "y", 1), new RankedCandidate(3, "z", 0));
		// Borda, 3 candidates: x 2+0+1+2 = 5, y 1+2+0+0.5 = 3.5, z 0+1+2+0.5 = 3.5: a tie, reported as one.
		assertThat(election.borda().ranking()).containsExactly(new BordaScore(1, "x", 5.0),
				new BordaScore(2, "y", 3.5), new BordaScore(2, "z", 3.5));
	}

	@Test
	void opposedBallotsTie() {
		Election election = Election.of(SmallCity.projection(), g -> SmallCity.CLUSTER_OF_NETWORK[g.network()] == 1,
				200);
		assertThat(election.schulze().ranking()).extracting(RankedCandidate::rank).containsExactly(1, 1);
	}

	@Test
	void tooManyCandidatesLeavesOutThoseOnFewestBallotsWithoutBreakingTiesArbitrarily() {
		// Listed on: x 3, y 2, z 3, p 2, q 2. At most 3 candidates: x and z (3 ballots) stand; y, p, q (2) all go.
		Election election = Election.of(SmallCity.projection(), g -> true, 3);
		assertThat(election.minBallots()).isEqualTo(3);
		assertThat(election.prioritised()).isEqualTo(5);
		assertThat(election.schulze().candidates()).containsExactly("x", "z");
		// [p q] and [q p] lose every candidate and are not counted.
		assertThat(election.ballots()).isEqualTo(4);
	}

	@Test
	void theThresholdIsOneWhenEveryCandidateFits() {
		assertThat(Election.minBallots(List.of(1, 1, 1), 3)).isEqualTo(1);
		assertThat(Election.minBallots(List.of(5, 4, 4, 1), 3)).isEqualTo(2);
		assertThat(Election.minBallots(List.of(5, 4, 4, 4), 3)).isEqualTo(5);
	}

}
