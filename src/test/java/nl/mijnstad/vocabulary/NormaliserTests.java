package nl.mijnstad.vocabulary;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NormaliserTests {

	private final Normaliser normaliser = new Normaliser();

	@Test
	void wordingsOfGreenMeet() {
		assertThat(keys("Groen", "groen ", "meer groen", "Natuur", "GROENVOORZIENING", "meer natuur"))
			.containsOnly(this.normaliser.key("groen"));
	}

	@Test
	void pluralsMeet() {
		assertThat(key("Ontmoeting")).isEqualTo(key("ontmoetingen"));
		assertThat(key("Meer groen in de wijk")).isEqualTo(key("meer groen in de wijken"));
		assertThat(key("Fietsen")).isEqualTo(key("fiets"));
		assertThat(key("auto's")).isEqualTo(key("auto"));
	}

	@Test
	void whiteSpaceAndCaseDoNotMatter() {
		assertThat(key("Energie")).isEqualTo(key(" energie")).isEqualTo(key("ENERGIE\u00A0"));
	}

	@Test
	void theSameWishInOtherWordsMeets() {
		assertThat(key("Natuur in de buurt")).isEqualTo(key("Meer groen in de wijk"));
		assertThat(key("elkaar ontmoeten")).isEqualTo(key("Ontmoeting"));
		assertThat(key("Veilig")).isEqualTo(key("veiligheid"));
		assertThat(key("Kunst en cultuur")).isEqualTo(key("cultuur"));
		assertThat(key("Betaalbare woningen")).isEqualTo(key("betaalbaar wonen"));
	}

	@Test
	void differentValuesStayApart() {
		assertThat(key("veiligheid")).isNotEqualTo(key("gezondheid"));
		assertThat(key("groen")).isNotEqualTo(key("Meer groen in de wijk"));
		assertThat(key("wonen")).isNotEqualTo(key("betaalbaar wonen"));
	}

	@Test
	void lessIsNotMore() {
		// "minder" is kept on purpose: dropping it would merge opposite wishes.
		assertThat(key("meer auto's")).isNotEqualTo(key("minder auto's"));
		assertThat(key("minder verkeer")).isNotEqualTo(key("verkeer"));
		assertThat(key("geen auto's")).isNotEqualTo(key("auto's"));
		assertThat(key("meer auto's")).isEqualTo(key("auto's"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Groen                          | groen
			Meer groen in de wijk          | groen wijk
			meer groen in de wijken        | groen wijk
			Natuur in de buurt             | groen wijk
			Ontmoeting                     | ontmoet
			ontmoetingen                   | ontmoet
			Energie                        | energie
			Veiligheid                     | veilig
			minder auto's                  | minder auto
			Buurt-app                      | buurtapp
			zo'n buurthuis                 | buurthuis
			Kunst & Cultuur!               | cultur
			De                             | de
			Het Meer                       | het meer
			!!!                            | !!!
			Crèche                         | crech
			Œuvre                          | oeuvr
			IJssel                         | ijssel
			\u0133ssel                     | ijssel
			""")
	void keys(String wording, String key) {
		assertThat(key(wording.replace("\\u0133", "\u0133"))).isEqualTo(key);
	}

	@Test
	void onlyStopWordsKeepTheirFoldedWords() {
		assertThat(key("Van de")).isEqualTo("van de");
		assertThat(key(key("Van de"))).isEqualTo("van de");
	}

	@Test
	void blankHasAnEmptyKey() {
		assertThat(key("  \t\u00A0\u3000")).isEmpty();
	}

	@Test
	void wordingsWithoutLettersKeepTheirOwnKey() {
		assertThat(key("\u0301")).isEqualTo("\u0301");
		assertThat(key("\u200B")).isNotBlank();
		assertThat(key("?")).isNotEqualTo(key("!"));
	}

	@Test
	void labelIsTheWordingTrimmedAndCollapsed() {
		assertThat(this.normaliser.label("  Meer   groen\tin de Wijk ")).isEqualTo("Meer groen in de Wijk");
	}

	@Test
	void customSynonymListReplacesTheShippedOne() {
		Normaliser custom = new Normaliser(new StringReader("""
				# test list
				bankjes, zitplekken, plekken om te zitten
				"""));
		assertThat(custom.key("Meer zitplekken")).isEqualTo(custom.key("bankjes"));
		assertThat(custom.key("plekken om te zitten")).isEqualTo(custom.key("bankjes"));
		assertThat(custom.key("natuur")).isNotEqualTo(custom.key("groen"));
	}

	@Test
	void contradictorySynonymListsAreRejectedWithTheirLine() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Normaliser(new StringReader("groen, natuur\n\npark, Natuur\n")))
			.withMessageContaining("line 3")
			.withMessageContaining("Natuur");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Normaliser(new StringReader("wijk, buurt\nbuurthuis\nbuurt en groen, groene buurt\n")))
			.withMessageContaining("line 3")
			.withMessageContaining("buurt");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Normaliser(new StringReader("van de, het\n")))
			.withMessageContaining("stop words");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Normaliser(new StringReader("groen, ???\n")))
			.withMessageContaining("no words");
	}

	@Test
	void everyListedWordingKeysAsTheFirstOfItsLine() throws Exception {
		java.util.Set<String> canonicalKeys = new java.util.HashSet<>();
		try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
				getClass().getClassLoader().getResourceAsStream(Normaliser.SYNONYMS), java.nio.charset.StandardCharsets.UTF_8))) {
			for (String line : lines.lines().map((l) -> l.replaceAll("#.*", "")).filter((l) -> !l.isBlank()).toList()) {
				String[] wordings = line.split(",");
				String canonical = key(wordings[0]);
				assertThat(key(canonical)).isEqualTo(canonical);
				for (String wording : wordings) {
					assertThat(key(wording)).as(line).isEqualTo(canonical);
				}
				assertThat(canonicalKeys.add(canonical)).as("%s: canonical key '%s' on two lines", line, canonical).isTrue();
			}
		}
		assertThat(canonicalKeys).hasSizeGreaterThanOrEqualTo(30);
	}

	@Test
	void springCreatesItWithTheShippedList() {
		try (var context = new org.springframework.context.annotation.AnnotationConfigApplicationContext(Normaliser.class)) {
			assertThat(context.getBean(Normaliser.class).key("Natuur")).isEqualTo("groen");
		}
	}

	private String key(String wording) {
		return this.normaliser.key(wording);
	}

	private java.util.List<String> keys(String... wordings) {
		return java.util.Arrays.stream(wordings).map(this::key).toList();
	}

}
