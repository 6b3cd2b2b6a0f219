package nl.mijnstad.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import static org.assertj.core.api.Assertions.assertThat;

class NormaliserPropertiesTests {

	private static final Normaliser normaliser = new Normaliser();

	/** Words a gathering might write: listed synonyms and stop words, common words, and some noise. */
	private static final List<String> DUTCH_WORDS = List.of("groen", "Groene", "natuur", "wijk", "wijken", "buurt",
			"ontmoeting", "ontmoetingen", "elkaar", "ontmoeten", "veiligheid", "veilig", "gezondheid", "fietsen",
			"fiets", "fietspaden", "auto's", "foto's", "zo'n", "'t", "'s-Hertogenbosch", "e-bike", "buurt-app",
			"meer", "minder", "geen", "niet", "de", "het", "een", "van", "voor", "in", "op", "en", "te", "veel",
			"Crèche", "café", "ideeën", "Œuvre", "straße", "ĳs", "IJssel", "kunst", "cultuur", "wonen",
			"woningen", "betaalbare", "betaalbaar", "jongeren", "ouderen", "zorg", "energie", "klimaat",
			"duurzaamheid", "samen", "werken", "samenwerking", "ov", "openbaar", "vervoer", "heten", "dieren",
			"zijn", "zien", "eenzaamheid", "2030", "65-plussers", "carnaval", "Oeteldonk", "speeltuinen");

	private static final String SEPARATORS = " ,.;:!?-–—/&()\"'’\t\n\u00A0";

	private static final String WHITE_SPACE = " \t\n\r\u000B\f\u001C\u0085\u00A0\u1680\u2000\u2003\u2007\u2009\u200A"
			+ "\u2028\u2029\u202F\u205F\u3000";

	@Property(tries = 3000)
	void keyIsIdempotentOnAnyText(@ForAll("anyText") String wording) {
		String key = normaliser.key(wording);
		assertThat(normaliser.key(key)).as("key(%s) = %s", escape(wording), escape(key)).isEqualTo(key);
	}

	@Property(tries = 3000)
	void keyIsIdempotentOnDutchText(@ForAll("dutchText") String wording) {
		String key = normaliser.key(wording);
		assertThat(normaliser.key(key)).as("key(%s) = %s", escape(wording), escape(key)).isEqualTo(key);
	}

	@Property(tries = 200)
	void keyIsIdempotentOnEveryListedSynonym(@ForAll("listedWordings") String wording, @ForAll("dutchText") String more) {
		for (String text : List.of(wording, wording + " " + more, more + " " + wording)) {
			String key = normaliser.key(text);
			assertThat(normaliser.key(key)).as("key(%s) = %s", text, key).isEqualTo(key);
		}
	}

	@Property(tries = 2000)
	void keyIgnoresCase(@ForAll("latinText") String wording) {
		assertThat(normaliser.key(wording.toUpperCase(Locale.ROOT))).as(wording).isEqualTo(normaliser.key(wording));
		assertThat(normaliser.key(wording.toLowerCase(Locale.ROOT))).as(wording).isEqualTo(normaliser.key(wording));
	}

	@Property(tries = 2000)
	void keyIgnoresAccents(@ForAll("plainWords") List<String> words, @ForAll("combiningMarks") List<String> marks) {
		String plain = String.join(" ", words);
		StringBuilder accented = new StringBuilder();
		int next = 0;
		for (char c : plain.toCharArray()) {
			accented.append(c);
			if (Character.isLetter(c) && next < marks.size()) {
				accented.append(marks.get(next++));
			}
		}
		String decomposed = accented.toString();
		String composed = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
		assertThat(normaliser.key(decomposed)).as(decomposed).isEqualTo(normaliser.key(plain));
		assertThat(normaliser.key(composed)).as(composed).isEqualTo(normaliser.key(plain));
	}

	@Property(tries = 2000)
	void keyIgnoresWhiteSpace(@ForAll("dutchWords") List<String> words, @ForAll("whiteSpace") List<String> spaces) {
		StringBuilder spaced = new StringBuilder(spaces.get(0));
		for (int i = 0; i < words.size(); i++) {
			spaced.append(words.get(i)).append(spaces.get((i + 1) % spaces.size()));
		}
		assertThat(normaliser.key(spaced.toString())).as(escape(spaced.toString()))
			.isEqualTo(normaliser.key(String.join(" ", words)));
	}

	@Property(tries = 3000)
	void nonBlankTextHasANonBlankKey(@ForAll("anyText") String wording) {
		boolean blank = Normaliser.isBlank(wording);
		String key = normaliser.key(wording);
		if (blank) {
			assertThat(key).isEmpty();
		}
		else {
			assertThat(key).as(escape(wording)).isNotBlank();
		}
	}

	@Property(tries = 2000)
	void nonBlankDutchTextHasANonBlankKey(@ForAll("dutchText") String wording) {
		if (!wording.isBlank()) {
			assertThat(normaliser.key(wording)).as(wording).isNotBlank();
		}
	}

	@Provide
	Arbitrary<String> anyText() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
				Arbitraries.strings().withCharRange('\u0000', '\u036F').ofMaxLength(30),
				Arbitraries.strings().withChars(WHITE_SPACE + SEPARATORS + "\u0301\u0308\u200B\u00ADaeé").ofMaxLength(12));
	}

	@Provide
	Arbitrary<String> dutchText() {
		Arbitrary<String> word = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(DUTCH_WORDS)),
				Tuple.of(2, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)),
				Tuple.of(1, listedWordings()));
		Arbitrary<String> separator = Arbitraries.strings().withChars(SEPARATORS).ofMinLength(1).ofMaxLength(3);
		return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(7), separator.list().ofSize(8))
			.as((words, separators) -> {
				StringBuilder text = new StringBuilder();
				for (int i = 0; i < words.size(); i++) {
					text.append(words.get(i)).append(separators.get(i));
				}
				return text.toString();
			});
	}

	@Provide
	Arbitrary<List<String>> dutchWords() {
		return Arbitraries.of(DUTCH_WORDS).list().ofMinSize(1).ofMaxSize(6);
	}

	@Provide
	Arbitrary<String> latinText() {
		return Arbitraries.strings()
			.withCharRange('a', 'z')
			.withCharRange('A', 'Z')
			.withCharRange('\u00C0', '\u00FF')
			.withCharRange('\u0100', '\u017F')
			.withChars(" '-")
			.ofMinLength(1)
			.ofMaxLength(25)
			.filter((s) -> s.chars().noneMatch((c) -> c == '\u00D7' || c == '\u00F7'));
	}

	@Provide
	Arbitrary<List<String>> plainWords() {
		return Arbitraries.oneOf(Arbitraries.of(DUTCH_WORDS).map((w) -> Normaliser.fold(w).replaceAll("[^a-z' -]", "")),
				Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10))
			.filter((w) -> !w.isBlank())
			.list()
			.ofMinSize(1)
			.ofMaxSize(5);
	}

	@Provide
	Arbitrary<List<String>> combiningMarks() {
		Arbitrary<String> marks = Arbitraries.strings().withCharRange('\u0300', '\u036F').ofMinLength(0).ofMaxLength(2);
		return marks.list().ofMinSize(1).ofMaxSize(40);
	}

	@Provide
	Arbitrary<List<String>> whiteSpace() {
		return Arbitraries.strings().withChars(WHITE_SPACE).ofMinLength(1).ofMaxLength(3).list().ofMinSize(1).ofMaxSize(8);
	}

	@Provide
	Arbitrary<String> listedWordings() {
		return Arbitraries.of(listedSynonyms());
	}

	static List<String> listedSynonyms() {
		List<String> wordings = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				Objects.requireNonNull(Normaliser.class.getClassLoader().getResourceAsStream(Normaliser.SYNONYMS)),
				StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String content = line.replaceAll("#.*", "");
				for (String wording : content.split(",")) {
					if (!wording.isBlank()) {
						wordings.add(wording.strip());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return wordings;
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach((c) -> {
			if (c >= 0x20 && c < 0x7F) {
				out.appendCodePoint(c);
			}
			else {
				out.append(String.format("\\u%04X", c));
			}
		});
		return out.toString();
	}

}
