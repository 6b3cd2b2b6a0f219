package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BordaCountTests {

	@Test
	void fullBallotsScoreCMinusOneMinusPosition() {
		BordaCount borda = new BordaCount(List.of(List.of("A", "B", "C"), List.of("B", "A", "C"), List.of("A", "C", "B")));

		// A: 2+1+2 = 5, B: 1+2+0 = 3, C: 0+0+1 = 1
		assertThat(borda.ranking()).containsExactly(new BordaScore(1, "A", 5), new BordaScore(2, "B", 3),
				new BordaScore(3, "C", 1));
	}

	@Test
	void unlistedCandidatesShareTheRemainingPoints() {
		// Four candidates; the ballot lists only A: A gets 3, B, C and D share 2+1+0 = 3, so 1 each.
		BordaCount borda = new BordaCount(List.of(List.of("A")), Set.of("A", "B", "C", "D"));

		assertThat(borda.points("A")).isEqualTo(3.0);
		assertThat(borda.points("B")).isEqualTo(1.0);
		assertThat(borda.ranking()).containsExactly(new BordaScore(1, "A", 3), new BordaScore(2, "B", 1),
				new BordaScore(2, "C", 1), new BordaScore(2, "D", 1));
	}

	@Test
	void halfPointsAreExact() {
		// Three candidates; listing only A leaves 1+0 for B and C: half a point each.
		BordaCount borda = new BordaCount(List.of(List.of("A"), List.of("B", "C")), Set.of("A", "B", "C"));

		// A: 2 + 0 = 2, B: 0.5 + 2 = 2.5, C: 0.5 + 1 = 1.5 (the second ballot leaves A the last position, 0)
		assertThat(borda.ranking()).containsExactly(new BordaScore(1, "B", 2.5), new BordaScore(2, "A", 2),
				new BordaScore(3, "C", 1.5));
	}

	@Test
	void equalPointsShareARank() {
		BordaCount borda = new BordaCount(List.of(List.of("A", "B", "C"), List.of("B", "A", "C")));

		assertThat(borda.ranking()).containsExactly(new BordaScore(1, "A", 3), new BordaScore(1, "B", 3),
				new BordaScore(3, "C", 0));
	}

	@Test
	void wikipediaSchulzeExamplePutsBAboveCUnderBorda() {
		// A useful caution for readers of the dashboard: the two views can disagree (Schulze: E A C B D).
		BordaCount borda = new BordaCount(SchulzeRankingTests.wikipediaBallots());

		// Borda points = sum over opponents of pairwise wins (full ballots): A 98, B 92, C 89, D 69, E 102.
		assertThat(borda.ranking()).extracting(BordaScore::candidate).containsExactly("E", "A", "B", "C", "D");
		assertThat(borda.points("E")).isEqualTo(102.0);
		assertThat(borda.points("B")).isEqualTo(92.0);
	}

	@Test
	void rejectsUnknownCandidates() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BordaCount(List.of(List.of("A", "X")), Set.of("A")))
			.withMessageContaining("'X'");
		assertThatIllegalArgumentException().isThrownBy(() -> new BordaCount(List.of(List.of("A"))).points("B"))
			.withMessageContaining("not a candidate");
	}

	@Property
	void everyBallotAwardsTheSameTotal(@ForAll("ballots") List<List<String>> ballots) {
		BordaCount borda = new BordaCount(ballots, Set.of("A", "B", "C", "D", "E"));
		double total = borda.ranking().stream().mapToDouble(BordaScore::points).sum();

		assertThat(total).isEqualTo(ballots.size() * 5 * 4 / 2.0);
	}

	@Property
	void ballotOrderDoesNotMatter(@ForAll("ballots") List<List<String>> ballots, @ForAll long seed) {
		List<List<String>> shuffled = new ArrayList<>(ballots);
		Collections.shuffle(shuffled, new Random(seed));

		assertThat(new BordaCount(shuffled).ranking()).isEqualTo(new BordaCount(ballots).ranking());
	}

	@Property
	void ranksAreCompetitionRanks(@ForAll("ballots") List<List<String>> ballots) {
		List<BordaScore> ranking = new BordaCount(ballots).ranking();
		for (int p = 0; p < ranking.size(); p++) {
			BordaScore score = ranking.get(p);
			if (p == 0 || ranking.get(p - 1).points() != score.points()) {
				assertThat(score.rank()).isEqualTo(p + 1);
			}
			else {
				assertThat(score.rank()).isEqualTo(ranking.get(p - 1).rank());
			}
			if (p > 0) {
				assertThat(score.points()).isLessThanOrEqualTo(ranking.get(p - 1).points());
			}
		}
	}

	@Provide
	Arbitrary<List<List<String>>> ballots() {
		return Arbitraries.of("A", "B", "C", "D", "E").list().uniqueElements().ofMaxSize(5).list().ofMaxSize(20);
	}

}
