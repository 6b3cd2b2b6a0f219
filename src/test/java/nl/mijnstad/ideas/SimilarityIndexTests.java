package nl.mijnstad.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import nl.mijnstad.ideas.SimilarityIndex.Document;
import nl.mijnstad.ideas.SimilarityIndex.Match;
import nl.mijnstad.ideas.SimilarityIndex.Pair;

import org.junit.jupiter.api.Test;

/** TF-IDF cosine similarity on a hand-checked corpus of four ideas in two networks. */
class SimilarityIndexTests {

	// df: moestuin 3, buurt 2, fiets 2 of N = 4; smoothed idf = ln(5 / (1 + df)) + 1.
	private final SimilarityIndex index = new SimilarityIndex(List.of(
			new Document("a", "net1", List.of("moestuin", "buurt")),
			new Document("b", "net2", List.of("buurt", "moestuin", "moestuin")),
			new Document("c", "net2", List.of("fiets")), new Document("d", "net1", List.of("moestuin", "fiets"))));

	private static final double IDF_MOESTUIN = Math.log(5.0 / 4) + 1;

	private static final double IDF_FIETS = Math.log(5.0 / 3) + 1;

	@Test
	void scoresAreCosinesOfSmoothedTfIdfVectorsAndOnlyOtherNetworksAreShown() {
		double length = Math.sqrt(IDF_MOESTUIN * IDF_MOESTUIN + IDF_FIETS * IDF_FIETS);
		// b holds moestuin twice, weighted (1 + ln 2); buurt has the same df, so the same idf, as fiets.
		double bMoestuin = (1 + Math.log(2)) * IDF_MOESTUIN;
		double bLength = Math.sqrt(bMoestuin * bMoestuin + IDF_FIETS * IDF_FIETS);

		List<Match> likeD = this.index.similar("d", 0.01, 10);

		assertThat(likeD).extracting(Match::id).containsExactly("c", "b");
		assertThat(likeD.get(0).score()).isCloseTo(IDF_FIETS / length, within(1e-4));
		assertThat(likeD.get(1).score()).isCloseTo(IDF_MOESTUIN * bMoestuin / (length * bLength), within(1e-4));
		assertThat(this.index.similar("a", 0.01, 10)).extracting(Match::id).containsExactly("b");
	}

	@Test
	void identicalTextsScoreOneAndRepeatsDoNotChangeTheDirection() {
		SimilarityIndex twins = new SimilarityIndex(List.of(new Document("x", "n1", List.of("zwem", "zwem", "bad")),
				new Document("y", "n2", List.of("bad", "zwem", "zwem")), new Document("z", "n3", List.of())));

		assertThat(twins.similar("x", 0.1, 5)).containsExactly(new Match("y", 1.0));
		assertThat(twins.similar("z", 0.0, 5)).isEmpty();
		assertThat(twins.similar("unknown", 0.0, 5)).isEmpty();
	}

	@Test
	void minimumAndLimitCutTheList() {
		assertThat(this.index.similar("d", 0.6, 10)).extracting(Match::id).containsExactly("c");
		assertThat(this.index.similar("d", 0.01, 1)).extracting(Match::id).containsExactly("c");
	}

	@Test
	void pairsAcrossNetworksComeBestFirstOnceEach() {
		List<Pair> pairs = this.index.pairs();

		assertThat(pairs).extracting(pair -> pair.first() + pair.second()).containsExactly("ab", "cd", "bd");
		assertThat(pairs.get(1).score()).isEqualTo(this.index.similar("d", 0.01, 1).get(0).score());
		assertThat(pairs).allSatisfy(pair -> assertThat(pair.score()).isBetween(SimilarityIndex.PAIR_FLOOR, 1.0));
	}

	@Test
	void searchFindsDocumentsHoldingEveryTerm() {
		assertThat(this.index.containingAll(List.of("moestuin", "buurt"))).containsExactlyInAnyOrder("a", "b");
		assertThat(this.index.containingAll(List.of("fiets"))).containsExactlyInAnyOrder("c", "d");
		assertThat(this.index.containingAll(List.of("fiets", "onbekend"))).isEmpty();
		assertThat(this.index.containingAll(List.of())).isEmpty();
	}

	@Test
	void idsMustBeDistinct() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SimilarityIndex(
				List.of(new Document("a", "n", List.of("x")), new Document("a", "m", List.of("y")))));
	}

}
