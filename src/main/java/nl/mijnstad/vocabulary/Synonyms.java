package nl.mijnstad.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nl.mijnstad.vocabulary.Normaliser.Analysis;
import nl.mijnstad.vocabulary.Normaliser.Kind;

/**
 * The synonym list of the {@link Normaliser}: groups of wordings that share the key of their first
 * (canonical) wording, matched on the key without synonyms of a whole phrase or of a single word.
 *
 * <p>The list is checked when it is read, because a careless edit could otherwise make keys drift:
 * a wording may belong to one group only, and a word of a canonical wording may not itself be
 * replaced by another group. Under those two rules replacing words twice changes nothing after the
 * first time, which is what keeps {@link Normaliser#key(String)} idempotent.
 */
final class Synonyms {

	/** Key without synonyms of every listed wording, to the key of its group's canonical wording. */
	private final Map<String, String> phrases;

	/** The single-word entries of {@link #phrases}, with the canonical key split into words. */
	private final Map<String, List<String>> words;

	private Synonyms(Map<String, String> phrases, Map<String, List<String>> words) {
		this.phrases = Map.copyOf(phrases);
		this.words = Map.copyOf(words);
	}

	/**
	 * Reads a synonym list: one group per line, wordings separated by commas, the first canonical;
	 * {@code #} starts a comment.
	 * @param plainKey steps 1 to 4 of the normaliser, applied to every wording
	 * @throws IllegalArgumentException naming the line of a wording without words, of a canonical
	 * wording of only stop words, of a wording listed in two groups, or of a canonical wording
	 * containing a word that another group replaces
	 */
	static Synonyms parse(Reader reader, Function<String, Analysis> plainKey) {
		Map<String, String> phrases = new HashMap<>();
		Map<String, Integer> lineOf = new HashMap<>();
		Map<String, List<String>> words = new HashMap<>();
		Map<String, Integer> canonicalLines = new HashMap<>();
		BufferedReader lines = new BufferedReader(reader);
		try {
			int number = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				List<String> wordings = wordings(line);
				if (wordings.isEmpty()) {
					continue;
				}
				Analysis canonical = plainKey.apply(wordings.get(0));
				if (canonical.kind() != Kind.CONTENT) {
					throw invalid(number, "canonical wording '" + wordings.get(0)
							+ "' has no words other than stop words");
				}
				canonicalLines.putIfAbsent(canonical.text(), number);
				for (String wording : wordings) {
					Analysis analysis = plainKey.apply(wording);
					if (analysis.kind() == Kind.BLANK || analysis.kind() == Kind.NO_WORDS) {
						throw invalid(number, "wording '" + wording + "' has no words");
					}
					String key = analysis.text();
					String earlier = phrases.putIfAbsent(key, canonical.text());
					if (earlier != null && !earlier.equals(canonical.text())) {
						throw invalid(number, "wording '" + wording + "' (key '" + key + "') already belongs to '"
								+ earlier + "' on line " + lineOf.get(key));
					}
					lineOf.putIfAbsent(key, number);
					if (analysis.kind() == Kind.CONTENT && analysis.tokens().size() == 1) {
						words.put(key, canonical.tokens());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the synonym list", ex);
		}
		for (Map.Entry<String, Integer> canonical : canonicalLines.entrySet()) {
			for (String word : canonical.getKey().split(" ")) {
				List<String> replacement = words.get(word);
				if (replacement != null && !replacement.equals(List.of(word))) {
					throw invalid(canonical.getValue(), "canonical key '" + canonical.getKey() + "' contains '" + word
							+ "', which line " + lineOf.get(word) + " replaces by '" + String.join(" ", replacement) + "'");
				}
			}
		}
		return new Synonyms(phrases, words);
	}

	private static List<String> wordings(String line) {
		int comment = line.indexOf('#');
		String content = (comment >= 0) ? line.substring(0, comment) : line;
		List<String> wordings = new ArrayList<>();
		for (String wording : content.split(",")) {
			if (!wording.isBlank()) {
				wordings.add(wording.strip());
			}
		}
		return wordings;
	}

	private static IllegalArgumentException invalid(int line, String message) {
		return new IllegalArgumentException("Synonym list, line " + line + ": " + message);
	}

	/** The canonical key of a whole phrase (a key without synonyms), if the list has it. */
	Optional<String> phrase(String plainKey) {
		return Optional.ofNullable(this.phrases.get(plainKey));
	}

	/** Step 5 of the normaliser: the key of the stems of a wording's content words. */
	String apply(List<String> stems) {
		List<String> current = stems;
		// With a list that passed parse(), the second round of replacing words changes nothing.
		while (true) {
			String phrase = String.join(" ", current);
			String canonical = this.phrases.get(phrase);
			if (canonical != null) {
				return canonical;
			}
			List<String> next = replaceWords(current);
			if (next.equals(current)) {
				return phrase;
			}
			current = next;
		}
	}

	private List<String> replaceWords(List<String> stems) {
		Set<String> replaced = new LinkedHashSet<>();
		for (String stem : stems) {
			replaced.addAll(this.words.getOrDefault(stem, List.of(stem)));
		}
		return List.copyOf(replaced);
	}

	/** Number of wordings in the list, counting each distinct key once. */
	int size() {
		return this.phrases.size();
	}

}
