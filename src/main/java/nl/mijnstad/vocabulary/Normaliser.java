package nl.mijnstad.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Turns the free text of a value or spearhead into the vocabulary key under which different
 * gatherings meet, while the wording as submitted stays on the relationship.
 *
 * <p>A key is built in five steps (see {@link #key(String)}): fold, split into words, drop stop
 * words, stem with Lucene's Snowball {@link DutchStemmer}, and map synonyms from the editable list
 * {@value #SYNONYMS}. Keys are idempotent: {@code key(key(x)).equals(key(x))}, so a key can be fed
 * back in (by an admin merge, a migration or a search box) without drifting.
 *
 * <p>Thread-safe: the word lists are immutable after construction and a stemmer (which holds
 * state) is created per call.
 */
@Component
public class Normaliser {

	/** Class-path location of the shipped synonym list. */
	public static final String SYNONYMS = "vocabulary/synonyms-nl.txt";

	/** Class-path location of the shipped stop-word list. */
	public static final String STOP_WORDS = "vocabulary/stopwords-nl.txt";

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** Format characters: zero-width spaces and joiners, soft hyphens, byte-order marks. */
	private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

	/** All Unicode white space, including the separators Java's {@code \s} leaves out. */
	private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\x1C-\\x1F\\x85]+");

	/** Typographic apostrophes that people type or paste for {@code '}: ’ ‘ ‛ ′ ` ´ ʼ and full-width. */
	private static final Pattern APOSTROPHE = Pattern.compile("[\\u2018\\u2019\\u201B\\u2032\\u0060\\u00B4\\u02BC\\uFF07]");

	/** Hyphens that join words (not dashes, which separate them). */
	private static final Pattern HYPHEN = Pattern.compile("[\\u2010\\u2011]");

	/** A word: letters and digits, possibly with inner hyphens or apostrophes ("auto's", "e-bike"). */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+)*");

	/** Stemming stops after this many rounds; the Dutch Snowball stemmer settles within two or three. */
	private static final int MAX_STEM_ROUNDS = 8;

	private final Set<String> stopWords;

	private final Synonyms synonyms;

	/** A normaliser with the shipped synonym list {@value #SYNONYMS}. */
	public Normaliser() {
		this.stopWords = readStopWords();
		this.synonyms = readClasspath(SYNONYMS, this::plainKey);
	}

	/**
	 * A normaliser with a custom synonym list in the format of {@value #SYNONYMS}; the reader is read
	 * to its end but not closed.
	 * @throws IllegalArgumentException if the list contradicts itself (see {@link Synonyms})
	 */
	public Normaliser(Reader synonyms) {
		this.stopWords = readStopWords();
		this.synonyms = Synonyms.parse(synonyms, this::plainKey);
	}

	/**
	 * The key of a wording, built as follows.
	 * <ol>
	 * <li><b>Fold</b>: lower case, compatibility decomposition (NFKD) without diacritics, ligatures
	 * spelled out (ĳ, æ, œ, ß, ø, ...), invisible characters removed, all Unicode white space
	 * collapsed to one space and trimmed.</li>
	 * <li><b>Words</b>: runs of letters and digits; everything else separates words. An inner hyphen
	 * joins the parts, as Dutch writes compounds as one word ("buurt-app" = "buurtapp"); a final
	 * {@code 's} is a plural or genitive and is dropped ("auto's" = "auto"); other inner apostrophes
	 * are elisions and split the word ("zo'n" = "zo n").</li>
	 * <li><b>Stop words</b> from {@value #STOP_WORDS} are dropped, including the weak quantifier
	 * "meer" but not "minder", "geen", "niet", "zonder" or "tegen", which reverse a wish; so is a
	 * word whose stem is a stop word ("iedereen", stem "ieder"), else keying a key would drop it. If every
	 * word is a stop word, the folded words are kept unstemmed, so a non-blank wording never gets an
	 * empty key.</li>
	 * <li><b>Stem</b> each remaining word with the Snowball Dutch stemmer, repeated until it settles
	 * (it is not idempotent on its own: fietsen, fiets, fiet), and drop repeated stems.</li>
	 * <li><b>Synonyms</b>: if the whole result is a wording from the synonym list it becomes that
	 * group's canonical key; otherwise each single word that is a listed wording is replaced.</li>
	 * </ol>
	 * Blank input (only white space) gives the empty string. Input without any letter or digit
	 * ("!!!") keys as its folded form, or as its label if folding leaves nothing.
	 */
	public String key(String wording) {
		Analysis analysis = plainKey(wording);
		return switch (analysis.kind()) {
			case BLANK -> "";
			case NO_WORDS -> analysis.text().isEmpty() ? label(wording) : analysis.text();
			case STOP_WORDS_ONLY -> this.synonyms.phrase(analysis.text()).orElse(analysis.text());
			case CONTENT -> this.synonyms.apply(analysis.tokens());
		};
	}

	/**
	 * The content words of a free text (an idea's title and description) as vocabulary terms, in order and with
	 * repeats, for counting them: each word folded, stop words dropped, stemmed and mapped through the single-word
	 * synonyms exactly as in {@link #key(String)}, so that a word in a text and the same word as a one-word value
	 * give the same term. A synonym whose canonical wording has several words gives each of them.
	 */
	public List<String> terms(String text) {
		if (text == null || isBlank(text)) {
			return List.of();
		}
		DutchStemmer stemmer = new DutchStemmer();
		List<String> terms = new ArrayList<>();
		for (String word : words(fold(text))) {
			String stem = stem(stemmer, word);
			if (this.stopWords.contains(word) || this.stopWords.contains(stem)) {
				continue;
			}
			for (String term : this.synonyms.apply(List.of(stem)).split(" ")) {
				terms.add(term);
			}
		}
		return List.copyOf(terms);
	}

	/** The label shown for a new key: the wording, trimmed and collapsed, as the first submitter wrote it. */
	public String label(String wording) {
		return SPACE.matcher(wording).replaceAll(" ").strip();
	}

	/** Steps 1 to 4 of {@link #key(String)}: everything but synonyms. */
	Analysis plainKey(String wording) {
		Objects.requireNonNull(wording, "wording");
		if (isBlank(wording)) {
			return new Analysis(Kind.BLANK, "", List.of());
		}
		String folded = fold(wording);
		List<String> words = words(folded);
		if (words.isEmpty()) {
			return new Analysis(Kind.NO_WORDS, folded, List.of());
		}
		DutchStemmer stemmer = new DutchStemmer();
		Set<String> stems = new LinkedHashSet<>();
		for (String word : words) {
			String stem = stem(stemmer, word);
			// A word whose stem is a stop word is one too: otherwise keying the key would drop it.
			if (!this.stopWords.contains(word) && !this.stopWords.contains(stem)) {
				stems.add(stem);
			}
		}
		if (stems.isEmpty()) {
			return new Analysis(Kind.STOP_WORDS_ONLY, String.join(" ", words), words);
		}
		List<String> tokens = List.copyOf(stems);
		return new Analysis(Kind.CONTENT, String.join(" ", tokens), tokens);
	}

	static String fold(String text) {
		String s = APOSTROPHE.matcher(text).replaceAll("'");
		s = s.toLowerCase(Locale.ROOT);
		s = Normalizer.normalize(s, Normalizer.Form.NFKD);
		s = MARKS.matcher(s).replaceAll("");
		s = INVISIBLE.matcher(s).replaceAll("");
		// Again after NFKD, which turns e.g. ŉ into ʼn and ℌ into H.
		s = APOSTROPHE.matcher(s).replaceAll("'");
		s = HYPHEN.matcher(s).replaceAll("-");
		s = spellOutLetters(s.toLowerCase(Locale.ROOT));
		return SPACE.matcher(s).replaceAll(" ").strip();
	}

	/** Letters that NFKD leaves whole but that a Dutch reader treats as plain letters. */
	private static String spellOutLetters(String s) {
		StringBuilder out = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			String replacement = switch (c) {
				case 'æ' -> "ae";
				case 'œ' -> "oe";
				case 'ß' -> "ss";
				case 'ø' -> "o";
				case 'đ', 'ð' -> "d";
				case 'ł' -> "l";
				case 'ħ' -> "h";
				case 'ŧ' -> "t";
				case 'ı' -> "i";
				case 'þ' -> "th";
				default -> null;
			};
			if (replacement != null && out == null) {
				out = new StringBuilder(s.length() + 4).append(s, 0, i);
			}
			if (out != null) {
				if (replacement != null) {
					out.append(replacement);
				}
				else {
					out.append(c);
				}
			}
		}
		return (out != null) ? out.toString() : s;
	}

	static List<String> words(String folded) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(folded);
		while (matcher.find()) {
			String word = matcher.group();
			if (word.endsWith("'s")) {
				word = word.substring(0, word.length() - 2);
			}
			for (String part : word.replace("-", "").split("'")) {
				if (!part.isEmpty()) {
					words.add(part);
				}
			}
		}
		return words;
	}

	private static String stem(DutchStemmer stemmer, String word) {
		String current = word;
		for (int round = 0; round < MAX_STEM_ROUNDS; round++) {
			stemmer.setCurrent(current);
			stemmer.stem();
			String next = stemmer.getCurrent();
			if (next.isEmpty() || next.equals(current)) {
				return current;
			}
			current = next;
		}
		return current;
	}

	/** Whether a text is only white space in the sense of {@link #SPACE} (Unicode's, plus Java's). */
	static boolean isBlank(String text) {
		return text.codePoints().allMatch((c) -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85);
	}

	private static Set<String> readStopWords() {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(openClasspath(STOP_WORDS))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int comment = line.indexOf('#');
				String content = (comment >= 0) ? line.substring(0, comment) : line;
				// Folded like any wording, so that the list may be written with capitals or accents.
				words.addAll(words(fold(content)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + STOP_WORDS, ex);
		}
		return Set.copyOf(words);
	}

	private static Synonyms readClasspath(String location, Function<String, Analysis> plainKey) {
		try (Reader reader = openClasspath(location)) {
			return Synonyms.parse(reader, plainKey);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
	}

	private static Reader openClasspath(String location) {
		InputStream in = Normaliser.class.getClassLoader().getResourceAsStream(location);
		if (in == null) {
			throw new IllegalStateException("Missing class-path resource " + location);
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	/** What steps 1 to 4 made of a wording. */
	enum Kind {

		/** Only white space. */
		BLANK,
		/** No letters or digits; {@code text} is the folded wording. */
		NO_WORDS,
		/** Only stop words; {@code text} is the folded words, unstemmed. */
		STOP_WORDS_ONLY,
		/** At least one content word; {@code tokens} are their distinct stems. */
		CONTENT

	}

	record Analysis(Kind kind, String text, List<String> tokens) {
	}

}
