package nl.mijnstad.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Suggests pairs of vocabulary entries (values or spearheads) that an admin may want to merge,
 * because their keys look alike although the {@link Normaliser} kept them apart.
 *
 * <p>Every pair of distinct keys is compared in three ways, and the best applicable one gives the
 * pair its score (between 0 and 1) and reason:
 * <ul>
 * <li>{@link Reason#TYPING_ERROR}: the keys are within a small optimal-string-alignment distance
 * (Levenshtein with adjacent transpositions): 1 edit for keys of at least 4 characters, 2 for keys
 * of at least 8; score {@code 1 - distance / longer length}.</li>
 * <li>{@link Reason#WORDS_CONTAINED}: the words of one key are a proper subset of the other's
 * ("groen" and "groen wijk"): often a narrower wish that an admin may or may not merge, so the
 * score is {@code 0.9 * smaller / larger} word count.</li>
 * <li>{@link Reason#SIMILAR_SPELLING}: the Jaccard similarity of the keys' character trigrams (with
 * the key padded by spaces) is at least the threshold; score the similarity.</li>
 * </ul>
 * Entries with the same key are one entry (the first label is kept). Suggestions come sorted by
 * descending score, then by keys, so the list repeats for the same input.
 *
 * <p>Brute force over all pairs: O(n² · k²) time for n entries with keys of at most k characters,
 * O(n · k) memory for the trigram sets. Fine for the few thousand entries of a city's vocabulary;
 * computed once, on the first call of {@link #suggestions()}.
 */
public final class DuplicateSuggestions {

	/** The default trigram Jaccard threshold: at least half of the trigrams in common. */
	public static final double DEFAULT_TRIGRAM_THRESHOLD = 0.5;

	private final List<Entry> entries;

	private final double trigramThreshold;

	private List<Suggestion> suggestions;

	/** Suggestions with the {@link #DEFAULT_TRIGRAM_THRESHOLD}. */
	public DuplicateSuggestions(Collection<Entry> entries) {
		this(entries, DEFAULT_TRIGRAM_THRESHOLD);
	}

	/**
	 * @param entries the vocabulary, e.g. every value's key and label
	 * @param trigramThreshold the least trigram Jaccard similarity, in (0, 1], for
	 * {@link Reason#SIMILAR_SPELLING}
	 */
	public DuplicateSuggestions(Collection<Entry> entries, double trigramThreshold) {
		Objects.requireNonNull(entries, "entries");
		if (!(trigramThreshold > 0 && trigramThreshold <= 1)) {
			throw new IllegalArgumentException("trigramThreshold must be in (0, 1], was " + trigramThreshold);
		}
		Map<String, Entry> byKey = new LinkedHashMap<>();
		for (Entry entry : entries) {
			byKey.putIfAbsent(Objects.requireNonNull(entry, "entry").key(), entry);
		}
		this.entries = List.copyOf(byKey.values());
		this.trigramThreshold = trigramThreshold;
	}

	/** The suggested pairs, best first. */
	public synchronized List<Suggestion> suggestions() {
		if (this.suggestions == null) {
			this.suggestions = compute();
		}
		return this.suggestions;
	}

	private List<Suggestion> compute() {
		int n = this.entries.size();
		List<Set<String>> trigrams = new ArrayList<>(n);
		List<Set<String>> words = new ArrayList<>(n);
		for (Entry entry : this.entries) {
			trigrams.add(trigrams(entry.key()));
			words.add(Set.copyOf(Arrays.asList(entry.key().split(" "))));
		}
		List<Suggestion> found = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				Entry a = this.entries.get(i);
				Entry b = this.entries.get(j);
				Suggestion best = best(a, b, typingError(a.key(), b.key()), Reason.TYPING_ERROR, null);
				best = best(a, b, wordsContained(words.get(i), words.get(j)), Reason.WORDS_CONTAINED, best);
				double jaccard = jaccard(trigrams.get(i), trigrams.get(j));
				best = best(a, b, (jaccard >= this.trigramThreshold) ? jaccard : 0, Reason.SIMILAR_SPELLING, best);
				if (best != null) {
					found.add(best);
				}
			}
		}
		found.sort(Comparator.comparingDouble(Suggestion::score)
			.reversed()
			.thenComparing((s) -> s.first().key())
			.thenComparing((s) -> s.second().key()));
		return List.copyOf(found);
	}

	private static Suggestion best(Entry a, Entry b, double score, Reason reason, Suggestion sofar) {
		if (score <= 0 || (sofar != null && sofar.score() >= score)) {
			return sofar;
		}
		return (a.key().compareTo(b.key()) <= 0) ? new Suggestion(a, b, score, reason)
				: new Suggestion(b, a, score, reason);
	}

	private static double typingError(String a, String b) {
		int shorter = Math.min(a.length(), b.length());
		int allowed = (shorter >= 8) ? 2 : (shorter >= 4) ? 1 : 0;
		if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed) {
			return 0;
		}
		int distance = editDistance(a, b);
		return (distance <= allowed) ? 1 - (double) distance / Math.max(a.length(), b.length()) : 0;
	}

	/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
	static int editDistance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private static double wordsContained(Set<String> a, Set<String> b) {
		Set<String> smaller = (a.size() <= b.size()) ? a : b;
		Set<String> larger = (smaller == a) ? b : a;
		if (smaller.size() == larger.size() || !larger.containsAll(smaller)) {
			return 0;
		}
		return 0.9 * smaller.size() / larger.size();
	}

	static Set<String> trigrams(String key) {
		String padded = "  " + key + " ";
		Set<String> trigrams = new HashSet<>();
		for (int i = 0; i + 3 <= padded.length(); i++) {
			trigrams.add(padded.substring(i, i + 3));
		}
		return trigrams;
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		Set<String> smaller = (a.size() <= b.size()) ? a : b;
		Set<String> larger = (smaller == a) ? b : a;
		int common = 0;
		for (String trigram : smaller) {
			if (larger.contains(trigram)) {
				common++;
			}
		}
		int union = a.size() + b.size() - common;
		return (union == 0) ? 0 : (double) common / union;
	}

	/** A vocabulary entry: its key and the label shown for it. */
	public record Entry(String key, String label) {

		public Entry {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(label, "label");
			if (key.isBlank()) {
				throw new IllegalArgumentException("key must not be blank");
			}
		}

	}

	/**
	 * Two entries that may be the same wish, {@code first} having the smaller key.
	 * @param score how likely a duplicate, between 0 (exclusive) and 1
	 * @param reason the comparison that gave the score
	 */
	public record Suggestion(Entry first, Entry second, double score, Reason reason) {
	}

	/** Why two entries look like duplicates. */
	public enum Reason {

		/** The keys are one or two edits apart, as a typing error would make them. */
		TYPING_ERROR,

		/** The words of one key are all in the other, which has more. */
		WORDS_CONTAINED,

		/** The keys share many character trigrams. */
		SIMILAR_SPELLING

	}

}
