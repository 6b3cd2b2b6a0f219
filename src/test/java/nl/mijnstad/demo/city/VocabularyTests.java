package nl.mijnstad.demo.city;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTests {

	private final Vocabulary vocabulary = Vocabulary.dutch();

	@Test
	void hasAboutThirtyValuesAndSixtySpearheads() {
		assertThat(this.vocabulary.values()).hasSizeBetween(28, 40);
		assertThat(this.vocabulary.spearheads()).hasSizeBetween(55, 80);
	}

	@Test
	void wordingsOfDifferentValuesNeverFoldTogether() {
		// a gathering uses one wording per value, so this keeps its values distinct after folding
		Map<String, String> owner = new HashMap<>();
		for (Vocabulary.Value value : this.vocabulary.values()) {
			List<String> wordings = new ArrayList<>(value.synonyms());
			wordings.add(value.wording());
			for (String wording : wordings) {
				String previous = owner.putIfAbsent(Folding.fold(wording), value.wording());
				assertThat(previous).as(wording).isIn(null, value.wording());
			}
		}
	}

	@Test
	void spearheadTitlesAreDistinctAfterFoldingAndServeOneOrTwoValues() {
		Set<String> titles = new HashSet<>();
		for (Vocabulary.Spearhead spearhead : this.vocabulary.spearheads()) {
			assertThat(titles.add(Folding.fold(spearhead.title()))).as(spearhead.title()).isTrue();
			assertThat(spearhead.values()).as(spearhead.title()).hasSizeBetween(1, 2).doesNotHaveDuplicates();
			assertThat(spearhead.explanation()).as(spearhead.title()).isNotBlank();
			assertThat(spearhead.ideas()).as(spearhead.title()).isNotEmpty();
		}
	}

	@Test
	void everyValueIsServedBySomeSpearhead() {
		Set<Integer> served = new HashSet<>();
		for (Vocabulary.Spearhead spearhead : this.vocabulary.spearheads()) {
			for (int v : spearhead.values()) {
				served.add(v);
			}
		}
		assertThat(served).hasSize(this.vocabulary.values().size());
	}

	@Test
	void someValuesWeighInForEveryKindAndOthersForFew() {
		long shared = this.vocabulary.values().stream().filter(v -> min(v.weightByKind()) >= 1.0).count();
		long specific = this.vocabulary.values().stream().filter(v -> min(v.weightByKind()) < 0.5).count();
		assertThat(shared).isGreaterThanOrEqualTo(4);
		assertThat(specific).isGreaterThanOrEqualTo(15);
	}

	private static double min(double[] values) {
		double min = Double.MAX_VALUE;
		for (double v : values) {
			min = Math.min(min, v);
		}
		return min;
	}

}
