package nl.mijnstad.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Terms of free text for the similarity of ideas: the same stems as keys, stop words out, repeats kept. */
class NormaliserTermsTests {

	private final Normaliser normaliser = new Normaliser();

	@Test
	void termsAreTheKeysOfTheContentWordsInOrderWithRepeats() {
		assertThat(this.normaliser.terms("De fietsen en de Fiets van de buurt"))
			.containsExactly(this.normaliser.key("fietsen"), this.normaliser.key("fiets"), this.normaliser.key("buurt"));
		assertThat(this.normaliser.terms("Fietsen")).containsExactly(this.normaliser.key("fietsen"));
	}

	@Test
	void accentsAndCaseDoNotMatterAndEmptyTextHasNoTerms() {
		assertThat(this.normaliser.terms("Énergie CAFÉ")).isEqualTo(this.normaliser.terms("energie cafe"));
		assertThat(this.normaliser.terms("  ")).isEmpty();
		assertThat(this.normaliser.terms(null)).isEmpty();
		assertThat(this.normaliser.terms("de en van het")).isEmpty();
	}

}
