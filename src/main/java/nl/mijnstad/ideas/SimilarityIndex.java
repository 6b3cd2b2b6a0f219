package nl.mijnstad.ideas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds ideas from different networks that say alike things, so that their initiators can meet: TF-IDF
 * vectors over the ideas' terms, compared by cosine similarity.
 *
 * <p>A term's weight in a document is {@code (1 + ln tf) · idf} with the smoothed inverse document frequency
 * {@code idf = ln((1 + N) / (1 + df)) + 1} (as scikit-learn's default), so that a term every idea uses still
 * counts a little and two ideas in a city of two are not scored 0. Vectors are normalised to length 1, so the
 * cosine is a dot product, computed from an inverted index: only documents that share a term are touched.
 * Ideas of the same network are never paired (they already know each other).
 *
 * <p>Building is O(T) for T term occurrences; {@link #similar} is O(Σ postings of the idea's terms);
 * {@link #pairs} is O(Σ_t df_t²) once, then kept. Immutable after construction apart from that lazily computed,
 * thread-safe list of pairs.
 */
final class SimilarityIndex {

	/** Pairs below this score are not kept by {@link #pairs}: they share only a common word or two. */
	static final double PAIR_FLOOR = 0.1;

	private final List<Document> documents;

	private final Map<String, Integer> numberOf = new HashMap<>();

	/** Per document: term numbers and their normalised weights, sorted by term number. */
	private final int[][] terms;

	private final double[][] weights;

	/** Per term number: the documents holding it, ascending, and the term's weight in each. */
	private final int[][] postings;

	private final double[][] postingWeights;

	private final Map<String, Integer> termNumber = new HashMap<>();

	private volatile List<Pair> pairs;

	/**
	 * @param documents the ideas with their terms (see {@code Normaliser.terms}); ids must be distinct
	 */
	SimilarityIndex(Collection<Document> documents) {
		this.documents = List.copyOf(documents);
		int n = this.documents.size();
		List<Map<Integer, Integer>> counts = new ArrayList<>(n);
		List<Integer> df = new ArrayList<>();
		for (int d = 0; d < n; d++) {
			Document document = this.documents.get(d);
			if (this.numberOf.put(document.id(), d) != null) {
				throw new IllegalArgumentException("Two documents with id " + document.id());
			}
			Map<Integer, Integer> count = new HashMap<>();
			for (String term : document.terms()) {
				int t = this.termNumber.computeIfAbsent(term, k -> {
					df.add(0);
					return df.size() - 1;
				});
				if (count.merge(t, 1, Integer::sum) == 1) {
					df.set(t, df.get(t) + 1);
				}
			}
			counts.add(count);
		}
		this.terms = new int[n][];
		this.weights = new double[n][];
		int[] postingSize = new int[df.size()];
		for (int d = 0; d < n; d++) {
			int[] ts = counts.get(d).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
			double[] ws = new double[ts.length];
			double length = 0;
			for (int k = 0; k < ts.length; k++) {
				double idf = Math.log((1.0 + n) / (1.0 + df.get(ts[k]))) + 1;
				ws[k] = (1 + Math.log(counts.get(d).get(ts[k]))) * idf;
				length += ws[k] * ws[k];
			}
			length = Math.sqrt(length);
			for (int k = 0; k < ts.length; k++) {
				ws[k] /= length;
				postingSize[ts[k]]++;
			}
			this.terms[d] = ts;
			this.weights[d] = ws;
		}
		this.postings = new int[df.size()][];
		this.postingWeights = new double[df.size()][];
		for (int t = 0; t < df.size(); t++) {
			this.postings[t] = new int[postingSize[t]];
			this.postingWeights[t] = new double[postingSize[t]];
		}
		int[] filled = new int[df.size()];
		for (int d = 0; d < n; d++) {
			for (int k = 0; k < this.terms[d].length; k++) {
				int t = this.terms[d][k];
				this.postings[t][filled[t]] = d;
				this.postingWeights[t][filled[t]++] = this.weights[d][k];
			}
		}
	}

	int size() {
		return this.documents.size();
	}

	boolean contains(String id) {
		return this.numberOf.containsKey(id);
	}

	/**
	 * The ideas of other networks most like this one, best first (ties by id), with a score of at least
	 * {@code min}; empty for an unknown id.
	 */
	List<Match> similar(String id, double min, int limit) {
		Integer d = this.numberOf.get(id);
		if (d == null) {
			return List.of();
		}
		double[] scores = new double[this.documents.size()];
		Set<Integer> touched = new LinkedHashSet<>();
		accumulate(d, scores, touched, -1);
		String network = this.documents.get(d).network();
		return touched.stream()
			.filter(e -> !this.documents.get(e).network().equals(network) && scores[e] >= min)
			.map(e -> new Match(this.documents.get(e).id(), round(scores[e])))
			.sorted(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::id))
			.limit(limit)
			.toList();
	}

	/** Every pair of ideas from different networks with a score of at least {@link #PAIR_FLOOR}, best first. */
	List<Pair> pairs() {
		List<Pair> computed = this.pairs;
		if (computed == null) {
			synchronized (this) {
				computed = this.pairs;
				if (computed == null) {
					computed = computePairs();
					this.pairs = computed;
				}
			}
		}
		return computed;
	}

	private List<Pair> computePairs() {
		List<Pair> found = new ArrayList<>();
		double[] scores = new double[this.documents.size()];
		Set<Integer> touched = new LinkedHashSet<>();
		for (int d = 0; d < this.documents.size(); d++) {
			accumulate(d, scores, touched, d);
			Document a = this.documents.get(d);
			for (int e : touched) {
				Document b = this.documents.get(e);
				if (!a.network().equals(b.network()) && scores[e] >= PAIR_FLOOR) {
					boolean ordered = a.id().compareTo(b.id()) < 0;
					found.add(new Pair(ordered ? a.id() : b.id(), ordered ? b.id() : a.id(), round(scores[e])));
				}
				scores[e] = 0;
			}
			touched.clear();
		}
		found.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparing(Pair::first)
			.thenComparing(Pair::second));
		return List.copyOf(found);
	}

	/** Adds the dot products of document d with every document after {@code after} that shares a term. */
	private void accumulate(int d, double[] scores, Set<Integer> touched, int after) {
		for (int k = 0; k < this.terms[d].length; k++) {
			int t = this.terms[d][k];
			int[] docs = this.postings[t];
			int at = (after < 0) ? -1 : Arrays.binarySearch(docs, after);
			int from = (after < 0) ? 0 : (at >= 0) ? at + 1 : -at - 1;
			for (int p = from; p < docs.length; p++) {
				int e = docs[p];
				if (e == d) {
					continue;
				}
				scores[e] += this.weights[d][k] * this.postingWeights[t][p];
				touched.add(e);
			}
		}
	}

	/** The ids of the documents that hold every one of the terms (none for no terms). */
	Set<String> containingAll(Collection<String> wanted) {
		if (wanted.isEmpty()) {
			return Set.of();
		}
		int[] smallest = null;
		List<int[]> lists = new ArrayList<>();
		for (String term : new LinkedHashSet<>(wanted)) {
			Integer t = this.termNumber.get(term);
			if (t == null) {
				return Set.of();
			}
			lists.add(this.postings[t]);
			if (smallest == null || this.postings[t].length < smallest.length) {
				smallest = this.postings[t];
			}
		}
		Set<String> ids = new LinkedHashSet<>();
		for (int d : Objects.requireNonNull(smallest)) {
			if (lists.stream().allMatch(list -> Arrays.binarySearch(list, d) >= 0)) {
				ids.add(this.documents.get(d).id());
			}
		}
		return ids;
	}

	private static double round(double score) {
		// Sums of products may land a hair above 1 for identical texts.
		return Math.min(1.0, Math.round(score * 10_000) / 10_000.0);
	}

	/**
	 * An idea as the index sees it.
	 * @param id the idea's id
	 * @param network the id of the network that proposed it
	 * @param terms its title's and description's terms, with repeats
	 */
	record Document(String id, String network, List<String> terms) {

		Document {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(network, "network");
			terms = List.copyOf(terms);
		}

	}

	/** An idea like another, with the cosine similarity of their TF-IDF vectors. */
	record Match(String id, double score) {
	}

	/** Two alike ideas of different networks, {@code first} having the smaller id. */
	record Pair(String first, String second, double score) {
	}

}
