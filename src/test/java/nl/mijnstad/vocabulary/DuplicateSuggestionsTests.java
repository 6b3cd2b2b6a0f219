package nl.mijnstad.vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.mijnstad.vocabulary.DuplicateSuggestions.Entry;
import nl.mijnstad.vocabulary.DuplicateSuggestions.Reason;
import nl.mijnstad.vocabulary.DuplicateSuggestions.Suggestion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class DuplicateSuggestionsTests {

	@Test
	void aTypingErrorIsTheStrongestSuggestion() {
		List<Suggestion> suggestions = suggest("verkeersveilig", "verkeersvelig", "groen", "groen wijk", "gezond");
		assertThat(suggestions).first().satisfies((s) -> {
			assertThat(s.first().key()).isEqualTo("verkeersveilig");
			assertThat(s.second().key()).isEqualTo("verkeersvelig");
			assertThat(s.reason()).isEqualTo(Reason.TYPING_ERROR);
			assertThat(s.score()).isCloseTo(1 - 1.0 / 14, within(1e-9));
		});
	}

	@Test
	void swappedLettersAreOneEdit() {
		assertThat(DuplicateSuggestions.editDistance("ontmoet", "ontomet")).isEqualTo(1);
		assertThat(DuplicateSuggestions.editDistance("veilig", "gezond")).isEqualTo(5);
		assertThat(suggest("ontmoet", "ontomet")).singleElement()
			.extracting(Suggestion::reason)
			.isEqualTo(Reason.TYPING_ERROR);
	}

	@Test
	void aNarrowerWishIsSuggestedWithALowerScore() {
		assertThat(suggest("groen", "speelplek groen wijk")).singleElement().satisfies((s) -> {
			assertThat(s.first().key()).isEqualTo("groen");
			assertThat(s.reason()).isEqualTo(Reason.WORDS_CONTAINED);
			assertThat(s.score()).isCloseTo(0.3, within(1e-9));
		});
		// Here the shared spelling scores higher than the shared word: 6 of 11 trigrams.
		assertThat(suggest("groen", "groen wijk")).singleElement().satisfies((s) -> {
			assertThat(s.reason()).isEqualTo(Reason.SIMILAR_SPELLING);
			assertThat(s.score()).isCloseTo(6.0 / 11, within(1e-9));
		});
	}

	@Test
	void similarSpellingIsSuggestedAboveTheThreshold() {
		// 8 trigrams in common out of 14.
		assertThat(suggest("buurthuis", "buurthuizen")).singleElement().satisfies((s) -> {
			assertThat(s.reason()).isEqualTo(Reason.SIMILAR_SPELLING);
			assertThat(s.score()).isCloseTo(8.0 / 14, within(1e-9));
		});
		assertThat(new DuplicateSuggestions(entries("buurthuis", "buurthuizen"), 0.6).suggestions()).isEmpty();
	}

	@Test
	void differentValuesAndShortKeysAreLeftAlone() {
		assertThat(suggest("veilig", "gezond", "ov", "oz", "groen", "energie")).isEmpty();
	}

	@Test
	void oneKeyIsOneEntryWithItsFirstLabel() {
		List<Suggestion> suggestions = new DuplicateSuggestions(
				List.of(new Entry("groen", "Groen"), new Entry("groen", "groen!"), new Entry("groen wijk", "Groene wijk")))
			.suggestions();
		assertThat(suggestions).singleElement().satisfies((s) -> assertThat(s.first().label()).isEqualTo("Groen"));
	}

	@Test
	void worksOnRealKeys() {
		Normaliser normaliser = new Normaliser();
		List<Entry> entries = new ArrayList<>();
		for (String wording : List.of("Meer groen in de wijk", "Groen", "Veiligheid", "Verkeersveiligheid",
				"Verkeersvieligheid", "Gezondheid")) {
			entries.add(new Entry(normaliser.key(wording), normaliser.label(wording)));
		}
		assertThat(new DuplicateSuggestions(entries).suggestions()).extracting((s) -> s.first().label() + " ~ " + s.second().label())
			.containsExactly("Verkeersveiligheid ~ Verkeersvieligheid", "Groen ~ Meer groen in de wijk");
	}

	@Test
	void rejectsAThresholdOutsideTheUnitInterval() {
		for (double threshold : new double[] { 0, -0.1, 1.5, Double.NaN }) {
			assertThatIllegalArgumentException().isThrownBy(() -> new DuplicateSuggestions(List.of(), threshold));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new Entry(" ", "label"));
	}

	@Property(tries = 300)
	void suggestionsAreSortedPairsOfDistinctKeysThatDoNotDependOnOrder(@ForAll("keys") List<String> keys) {
		List<Suggestion> suggestions = suggest(keys.toArray(String[]::new));
		for (int i = 0; i < suggestions.size(); i++) {
			Suggestion s = suggestions.get(i);
			assertThat(s.first().key()).isLessThan(s.second().key());
			assertThat(s.score()).isGreaterThan(0).isLessThanOrEqualTo(1);
			if (i > 0) {
				assertThat(s.score()).isLessThanOrEqualTo(suggestions.get(i - 1).score());
			}
		}
		List<String> shuffled = new ArrayList<>(keys);
		Collections.shuffle(shuffled, new Random(keys.hashCode()));
		assertThat(suggest(shuffled.toArray(String[]::new))).isEqualTo(suggestions);
	}

	@Provide
	Arbitrary<List<String>> keys() {
		Arbitrary<String> word = Arbitraries.strings().withChars("aeiouklmnrst").ofMinLength(1).ofMaxLength(9);
		return word.list().ofMinSize(1).ofMaxSize(3).map((words) -> String.join(" ", words)).list().ofMaxSize(25);
	}

	private static List<Suggestion> suggest(String... keys) {
		return new DuplicateSuggestions(entries(keys)).suggestions();
	}

	private static List<Entry> entries(String... keys) {
		return java.util.Arrays.stream(keys).map((key) -> new Entry(key, key)).toList();
	}

}
