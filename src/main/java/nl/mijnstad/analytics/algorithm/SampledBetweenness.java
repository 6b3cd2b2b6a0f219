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
 *
 * <p>Large graphs (a nation's person–network graph: some 170,000 vertices and 900,000 edges) are built straight
 * from adjacency arrays ({@link #SampledBetweenness(int[], int[], int, int, long)}), never as boxed graph objects,
 * and may bound the work: with {@link #withEdgeVisitBudget} the sample shrinks so that k·2m stays within a
 * budget of edge visits, but never below {@link #MIN_SAMPLES}. The sources are split into fixed chunks that run
 * in parallel and are summed in chunk order, so a seed gives the same scores on any number of cores.
 */
public final class SampledBetweenness {

	/** Up to this many vertices the exact algorithm runs. */
	public static final int DEFAULT_EXACT_THRESHOLD = 2_000;

	/** Source vertices sampled above the threshold. */
	public static final int DEFAULT_SAMPLES = 500;

	/** Fewest sources a work budget may leave; below this the ranking of the top brokers gets unstable. */
	public static final int MIN_SAMPLES = 64;

	/** Fixed chunks of sources, summed in order, so parallel runs give identical sums. */
	private static final int CHUNKS = 8;

	/** Vertex names in index order; null when built from adjacency arrays (a vertex is named by its index). */
	private final List<String> vertices;

	private final int n;

	private final int[] start;

	private final int[] neighbours;

	private final int samples;

	private final boolean exact;

	private final long seed;

	private List<BrokerScore> result;

	private double[] scores;

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
		this.n = n;
		this.exact = n <= exactThreshold || samples >= n;
		this.samples = this.exact ? n : samples;
		this.seed = seed;
	}

	/**
	 * From adjacency arrays: the neighbours of vertex {@code v} are {@code neighbours[start[v] .. start[v + 1])},
	 * each edge listed from both ends, without self-loops or repeats. The arrays are used as they are, not copied.
	 *
	 * @param exactThreshold up to this many vertices, compute exactly
	 * @param samples above the threshold, how many source vertices to sample (at least 1)
	 * @param seed draws the sample, so the estimate repeats for a seed
	 */
	public SampledBetweenness(int[] start, int[] neighbours, int exactThreshold, int samples, long seed) {
		if (start == null || neighbours == null || start.length == 0 || start[start.length - 1] != neighbours.length) {
			throw new IllegalArgumentException("start must end at the number of neighbour entries");
		}
		if (exactThreshold < 0 || samples < 1) {
			throw new IllegalArgumentException(
					"exactThreshold must not be negative and samples must be at least 1, got " + exactThreshold + " and "
							+ samples);
		}
		this.vertices = null;
		this.n = start.length - 1;
		this.start = start;
		this.neighbours = neighbours;
		this.exact = this.n <= exactThreshold || samples >= this.n;
		this.samples = this.exact ? this.n : samples;
		this.seed = seed;
	}

	/**
	 * How many sources fit a budget of edge visits on a graph with {@code neighbourEntries} adjacency entries (2m):
	 * {@code wanted}, lowered to budget / 2m, but not below {@link #MIN_SAMPLES}.
	 */
	public static int withEdgeVisitBudget(int wanted, long neighbourEntries, long budget) {
		long fits = budget / Math.max(1, neighbourEntries);
		return (int) Math.max(Math.min(wanted, MIN_SAMPLES), Math.min(wanted, Math.max(fits, MIN_SAMPLES)));
	}

	/** How many sources the scores come from (all vertices when exact). */
	public int sources() {
		return this.samples;
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
			this.result = rank();
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

	/** Betweenness per vertex index (the order of {@code start}, or of the sorted vertex names); do not modify. */
	public synchronized double[] betweenness() {
		if (this.scores == null) {
			this.scores = compute();
		}
		return this.scores;
	}

	private double[] compute() {
		int n = this.n;
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
		int chunks = Math.max(1, Math.min(CHUNKS, this.samples / 16));
		double[][] partial = new double[chunks][];
		java.util.stream.IntStream.range(0, chunks).parallel().forEach((chunk) -> {
			double[] sums = new double[n];
			int[] distance = new int[n];
			double[] paths = new double[n];
			double[] dependency = new double[n];
			int[] order = new int[n];
			for (int s = chunk; s < this.samples; s += chunks) {
				accumulate(sources[s], distance, paths, dependency, order, sums);
			}
			partial[chunk] = sums;
		});
		double[] betweenness = partial[0];
		// Each unordered pair is seen once from each end when all sources run; halve to count it once.
		double scale = (double) n / this.samples / 2.0;
		for (int v = 0; v < n; v++) {
			for (int chunk = 1; chunk < chunks; chunk++) {
				betweenness[v] += partial[chunk][v];
			}
			betweenness[v] *= scale;
		}
		return betweenness;
	}

	private List<BrokerScore> rank() {
		double[] betweenness = betweenness();
		double pairs = (this.n - 1.0) * (this.n - 2.0) / 2.0;
		List<BrokerScore> ranking = new ArrayList<>(this.n);
		for (int v = 0; v < this.n; v++) {
			double score = betweenness[v];
			ranking.add(new BrokerScore(name(v), score, (pairs > 0) ? score / pairs : 0.0));
		}
		ranking.sort(Comparator.comparingDouble(BrokerScore::betweenness).reversed().thenComparing(BrokerScore::vertex));
		return List.copyOf(ranking);
	}

	private String name(int vertex) {
		return (this.vertices != null) ? this.vertices.get(vertex) : Integer.toString(vertex);
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
