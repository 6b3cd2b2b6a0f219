package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;

/**
 * Betweenness centrality of an undirected, unweighted graph, to find brokers: Brandes' algorithm (2001),
 * exact in O(n·m) up to a threshold of n vertices, above it estimated from k source vertices drawn
 * uniformly without replacement and scaled by n/k (Brandes and Pich 2007) in O(k·m), seeded.
 *
 * <p>A vertex's betweenness is Σ over unordered pairs {s, t} of other vertices of σ_st(v) / σ_st, the
 * share of shortest s–t paths through it; on the path a – b – c, b scores 1. This is JGraphT's
 * {@code BetweennessCentrality} convention for undirected graphs (each pair once, not twice). The
 * normalised score divides by (n − 1)(n − 2) / 2, so it lies between 0 and 1. Edge weights, directions
 * of parallel edges and self-loops are ignored: two networks either know each other or not. The sampled
 * estimate is unbiased; its error shrinks with √k. Instances compute once, on first use, and are safe to
 * share.
 */
public final class SampledBetweenness {

	/** Up to this many vertices the exact algorithm runs. */
	public static final int DEFAULT_EXACT_THRESHOLD = 2_000;

	/** Source vertices sampled above the threshold. */
	public static final int DEFAULT_SAMPLES = 500;

	private final List<String> vertices;

	private final int[] start;

	private final int[] neighbours;

	private final int samples;

	private final boolean exact;

	private final long seed;

	private List<BrokerScore> result;

	/** Exact up to 2,000 vertices, else estimated from 500 sampled sources. */
	public SampledBetweenness(Graph<String, ?> graph, long seed) {
		this(graph, DEFAULT_EXACT_THRESHOLD, DEFAULT_SAMPLES, seed);
	}

	/**
	 * @param graph an undirected graph
	 * @param exactThreshold up to this many vertices, compute exactly
	 * @param samples above the threshold, how many source vertices to sample (at least 1)
	 * @param seed draws the sample, so the estimate repeats for a seed
	 */
	public SampledBetweenness(Graph<String, ?> graph, int exactThreshold, int samples, long seed) {
		if (graph == null) {
			throw new IllegalArgumentException("graph must not be null");
		}
		if (!graph.getType().isUndirected()) {
			throw new IllegalArgumentException("graph must be undirected");
		}
		if (exactThreshold < 0 || samples < 1) {
			throw new IllegalArgumentException(
					"exactThreshold must not be negative and samples must be at least 1, got " + exactThreshold + " and "
							+ samples);
		}
		this.vertices = graph.vertexSet().stream().sorted().toList();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < this.vertices.size(); i++) {
			index.put(this.vertices.get(i), i);
		}
		int n = this.vertices.size();
		this.start = new int[n + 1];
		List<int[]> adjacent = new ArrayList<>(n);
		for (String vertex : this.vertices) {
			adjacent.add(distinctNeighbours(graph, vertex, index));
		}
		for (int i = 0; i < n; i++) {
			this.start[i + 1] = this.start[i] + adjacent.get(i).length;
		}
		this.neighbours = new int[this.start[n]];
		for (int i = 0; i < n; i++) {
			System.arraycopy(adjacent.get(i), 0, this.neighbours, this.start[i], adjacent.get(i).length);
		}
		this.exact = n <= exactThreshold || samples >= n;
		this.samples = this.exact ? n : samples;
		this.seed = seed;
	}

	private static <E> int[] distinctNeighbours(Graph<String, E> graph, String vertex, Map<String, Integer> index) {
		int self = index.get(vertex);
		return graph.edgesOf(vertex)
			.stream()
			.mapToInt((edge) -> index.get(graph.getEdgeSource(edge)) + index.get(graph.getEdgeTarget(edge)) - self)
			.filter((other) -> other != self)
			.sorted()
			.distinct()
			.toArray();
	}

	/** Whether the scores are exact rather than estimated from a sample of sources. */
	public boolean isExact() {
		return this.exact;
	}

	/** Every vertex with its score, highest betweenness first, ties by vertex id. */
	public synchronized List<BrokerScore> ranking() {
		if (this.result == null) {
			this.result = compute();
		}
		return this.result;
	}

	/** Betweenness per vertex, in vertex id order. */
	public Map<String, Double> scores() {
		Map<String, Double> scores = new LinkedHashMap<>();
		ranking().stream()
			.sorted(Comparator.comparing(BrokerScore::vertex))
			.forEach((score) -> scores.put(score.vertex(), score.betweenness()));
		return scores;
	}

	private List<BrokerScore> compute() {
		int n = this.vertices.size();
		double[] betweenness = new double[n];
		int[] sources = new int[n];
		for (int i = 0; i < n; i++) {
			sources[i] = i;
		}
		if (!this.exact) {
			Random random = new Random(this.seed);
			for (int i = 0; i < this.samples; i++) {
				int j = i + random.nextInt(n - i);
				int swap = sources[i];
				sources[i] = sources[j];
				sources[j] = swap;
			}
		}
		int[] distance = new int[n];
		double[] paths = new double[n];
		double[] dependency = new double[n];
		int[] order = new int[n];
		for (int s = 0; s < this.samples; s++) {
			accumulate(sources[s], distance, paths, dependency, order, betweenness);
		}
		// Each unordered pair is seen once from each end when all sources run; halve to count it once.
		double scale = (double) n / this.samples / 2.0;
		double pairs = (n - 1.0) * (n - 2.0) / 2.0;
		List<BrokerScore> ranking = new ArrayList<>(n);
		for (int v = 0; v < n; v++) {
			double score = betweenness[v] * scale;
			ranking.add(new BrokerScore(this.vertices.get(v), score, (pairs > 0) ? score / pairs : 0.0));
		}
		ranking.sort(Comparator.comparingDouble(BrokerScore::betweenness).reversed().thenComparing(BrokerScore::vertex));
		return List.copyOf(ranking);
	}

	/** One breadth-first search from {@code source} and the back-propagation of pair dependencies. */
	private void accumulate(int source, int[] distance, double[] paths, double[] dependency, int[] order,
			double[] betweenness) {
		Arrays.fill(distance, -1);
		Arrays.fill(paths, 0);
		Arrays.fill(dependency, 0);
		distance[source] = 0;
		paths[source] = 1;
		order[0] = source;
		int head = 0;
		int tail = 1;
		while (head < tail) {
			int v = order[head++];
			for (int e = this.start[v]; e < this.start[v + 1]; e++) {
				int w = this.neighbours[e];
				if (distance[w] < 0) {
					distance[w] = distance[v] + 1;
					order[tail++] = w;
				}
				if (distance[w] == distance[v] + 1) {
					paths[w] += paths[v];
				}
			}
		}
		// Predecessors of w are its neighbours one step closer to the source; no lists needed.
		for (int i = tail - 1; i > 0; i--) {
			int w = order[i];
			for (int e = this.start[w]; e < this.start[w + 1]; e++) {
				int v = this.neighbours[e];
				if (distance[v] == distance[w] - 1) {
					dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
				}
			}
			betweenness[w] += dependency[w];
		}
	}

}
