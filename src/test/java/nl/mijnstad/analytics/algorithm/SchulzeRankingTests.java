package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SchulzeRankingTests {

	/** The example from the Wikipedia article on the Schulze method: 45 voters, five candidates. */
	static List<List<String>> wikipediaBallots() {
		List<List<String>> ballots = new ArrayList<>();
		add(ballots, 5, "A", "C", "B", "E", "D");
		add(ballots, 5, "A", "D", "E", "C", "B");
		add(ballots, 8, "B", "E", "D", "A", "C");
		add(ballots, 3, "C", "A", "B", "E", "D");
		add(ballots, 7, "C", "A", "E", "B", "D");
		add(ballots, 2, "C", "B", "A", "D", "E");
		add(ballots, 7, "D", "C", "E", "B", "A");
		add(ballots, 8, "E", "B", "A", "D", "C");
		return ballots;
	}

	static void add(List<List<String>> ballots, int voters, String... order) {
		for (int i = 0; i < voters; i++) {
			ballots.add(List.of(order));
		}
	}

	@Test
	void wikipediaExampleRanksEACBD() {
		SchulzeRanking schulze = new SchulzeRanking(wikipediaBallots());

		assertThat(schulze.ranking()).containsExactly(new RankedCandidate(1, "E", 4), new RankedCandidate(2, "A", 3),
				new RankedCandidate(3, "C", 2), new RankedCandidate(4, "B", 1), new RankedCandidate(5, "D", 0));
		assertThat(schulze.winners()).containsExactly("E");
	}

	@Test
	void wikipediaExamplePairwisePreferencesAndStrongestPaths() {
		SchulzeRanking schulze = new SchulzeRanking(wikipediaBallots());

		assertThat(schulze.candidates()).containsExactly("A", "B", "C", "D", "E");
		assertThat(schulze.preferenceMatrix()).isEqualTo(new int[][] { { 0, 20, 26, 30, 22 }, { 25, 0, 16, 33, 18 },
				{ 19, 29, 0, 17, 24 }, { 15, 12, 28, 0, 14 }, { 23, 27, 21, 31, 0 } });
		assertThat(schulze.strongestPathMatrix()).isEqualTo(new int[][] { { 0, 28, 28, 30, 24 },
				{ 25, 0, 28, 33, 24 }, { 25, 29, 0, 29, 24 }, { 25, 28, 28, 0, 24 }, { 25, 28, 28, 31, 0 } });
		assertThat(schulze.preference("B", "D")).isEqualTo(33);
		assertThat(schulze.strongestPath("E", "D")).isEqualTo(31);
		assertThat(schulze.defeats("E", "A")).isTrue();
		assertThat(schulze.defeats("A", "E")).isFalse();
	}

	@Test
	void opposedBallotsTie() {
		SchulzeRanking schulze = new SchulzeRanking(List.of(List.of("A", "B"), List.of("B", "A")));

		assertThat(schulze.ranking()).containsExactly(new RankedCandidate(1, "A", 0), new RankedCandidate(1, "B", 0));
		assertThat(schulze.winners()).containsExactly("A", "B");
	}

	@Test
	void symmetricCycleTiesAllThree() {
		SchulzeRanking schulze = new SchulzeRanking(
				List.of(List.of("A", "B", "C"), List.of("B", "C", "A"), List.of("C", "A", "B")));

		assertThat(schulze.ranking()).extracting(RankedCandidate::rank).containsExactly(1, 1, 1);
		assertThat(schulze.strongestPath("A", "C")).isEqualTo(2);
		assertThat(schulze.strongestPath("C", "A")).isEqualTo(2);
	}

	@Test
	void tiedFirstPlaceSkipsRankForNextPlace() {
		// A and B each beat C by 2:0 and tie each other 1:1; competition ranking gives 1, 1, 3.
		SchulzeRanking schulze = new SchulzeRanking(List.of(List.of("A", "B", "C"), List.of("B", "A", "C")));

		assertThat(schulze.ranking()).containsExactly(new RankedCandidate(1, "A", 1), new RankedCandidate(1, "B", 1),
				new RankedCandidate(3, "C", 0));
	}

	@Test
	void unlistedCandidatesRankBelowListedAndTieAmongEachOther() {
		SchulzeRanking schulze = new SchulzeRanking(List.of(List.of("A")), Set.of("A", "B", "C"));

		assertThat(schulze.preference("A", "B")).isEqualTo(1);
		assertThat(schulze.preference("A", "C")).isEqualTo(1);
		assertThat(schulze.preference("B", "C")).isZero();
		assertThat(schulze.preference("C", "B")).isZero();
		assertThat(schulze.ranking()).containsExactly(new RankedCandidate(1, "A", 2), new RankedCandidate(2, "B", 0),
				new RankedCandidate(2, "C", 0));
	}

	@Test
	void shortBallotStillCountsAgainstTheCandidatesItLeavesOut() {
		// Two voters list only B; one ranks A over B over C. B beats A 2:1 because the short ballots put A below B.
		SchulzeRanking schulze = new SchulzeRanking(List.of(List.of("B"), List.of("B"), List.of("A", "B", "C")));

		assertThat(schulze.preference("B", "A")).isEqualTo(2);
		assertThat(schulze.preference("A", "C")).isEqualTo(1);
		assertThat(schulze.winners()).containsExactly("B");
	}

	@Test
	void candidatesAreTheUnionOfTheBallots() {
		SchulzeRanking schulze = new SchulzeRanking(List.of(List.of("B"), List.of("C", "A")));

		assertThat(schulze.candidates()).containsExactly("A", "B", "C");
	}

	@Test
	void noBallotsTiesEveryCandidate() {
		SchulzeRanking schulze = new SchulzeRanking(List.of(), Set.of("A", "B"));

		assertThat(schulze.ranking()).extracting(RankedCandidate::rank).containsExactly(1, 1);
		assertThat(new SchulzeRanking(List.of()).ranking()).isEmpty();
	}

	@Test
	void rejectsBadBallots() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SchulzeRanking(null)).withMessageContaining("ballots");
		assertThatIllegalArgumentException().isThrownBy(() -> new SchulzeRanking(List.of(List.of("A", "B", "A"))))
			.withMessageContaining("more than once");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SchulzeRanking(List.of(List.of("A", "Z")), Set.of("A", "B")))
			.withMessageContaining("'Z'");
		assertThatIllegalArgumentException().isThrownBy(() -> new SchulzeRanking(List.of(List.of("A", " "))))
			.withMessageContaining("blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SchulzeRanking(List.of(List.of("A"))).preference("A", "Q"))
			.withMessageContaining("not a candidate");
	}

	@Property
	void condorcetWinnerIsTheOnlyWinner(@ForAll("ballots") List<List<String>> ballots) {
		SchulzeRanking schulze = new SchulzeRanking(ballots);
		String condorcet = condorcetWinner(schulze);
		Assume.that(condorcet != null);

		assertThat(schulze.winners()).containsExactly(condorcet);
	}

	@Property
	void ballotOrderDoesNotMatter(@ForAll("ballots") List<List<String>> ballots, @ForAll long seed) {
		List<List<String>> shuffled = new ArrayList<>(ballots);
		Collections.shuffle(shuffled, new Random(seed));

		assertThat(new SchulzeRanking(shuffled).ranking()).isEqualTo(new SchulzeRanking(ballots).ranking());
	}

	@Property
	void aDefeatedCandidateRanksStrictlyBelowItsVictor(@ForAll("ballots") List<List<String>> ballots) {
		SchulzeRanking schulze = new SchulzeRanking(ballots);
		for (RankedCandidate a : schulze.ranking()) {
			for (RankedCandidate b : schulze.ranking()) {
				if (schulze.defeats(a.candidate(), b.candidate())) {
					assertThat(a.rank()).isLessThan(b.rank());
				}
				if (a.rank() == b.rank()) {
					assertThat(schulze.defeats(a.candidate(), b.candidate())).isFalse();
				}
			}
		}
	}

	@Provide
	Arbitrary<List<List<String>>> ballots() {
		return Arbitraries.of("A", "B", "C", "D").list().uniqueElements().ofMaxSize(4).list().ofMinSize(1).ofMaxSize(25);
	}

	private static String condorcetWinner(SchulzeRanking schulze) {
		for (String a : schulze.candidates()) {
			boolean beatsAll = true;
			for (String b : schulze.candidates()) {
				if (!a.equals(b) && schulze.preference(a, b) <= schulze.preference(b, a)) {
					beatsAll = false;
				}
			}
			if (beatsAll) {
				return a;
			}
		}
		return null;
	}

}
