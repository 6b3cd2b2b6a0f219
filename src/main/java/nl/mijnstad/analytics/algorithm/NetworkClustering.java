package nl.mijnstad.analytics.algorithm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;

/**
 * Clusters of networks by the Louvain method (Blondel et al. 2008) on an undirected weighted similarity
 * graph, followed by splitting every cluster that is not connected into its connected parts (the
 * guarantee that Leiden, Traag et al. 2019, adds). Each level takes O(m) per pass over the nodes; in
 * practice a few passes and a few levels, so close to O(m log n) for m edges and n networks.
 *
 * <p>Louvain moves each node to the neighbouring cluster with the largest gain in modularity
 * Q = Σ_c [ L_c / m − γ (d_c / 2m)² ] (L_c the weight inside cluster c, d_c its total degree, γ the
 * resolution), visiting nodes in an order shuffled with the seed; it repeats passes until no node moves,
 * then merges each cluster into one node and starts again, until a level changes nothing. A move is made
 * only for a strictly positive gain, so ties stay put and the result repeats for the same seed. Splitting
 * a disconnected cluster never lowers modularity, and a cluster of networks that have nothing to do with
 * each other would mislead a reader. Vertices without edges become clusters of their own. With no edge
 * weight at all, every network is its own cluster and the modularity is 0. Instances compute once, on
 * first use, and are safe to share.
 */
public final class NetworkClustering {

	/** The usual resolution: clusters are compared against a random graph with the same degrees. */
	public static final double DEFAULT_RESOLUTION = 1.0;

	private final List<String> vertices;

	private final Map<String, Integer> index = new HashMap<>();

	private final WeightedAdjacency adjacency;

	private final double resolution;

	private final long seed;

	private Result result;

	/** Clusters the graph at the default resolution. */
	public NetworkClustering(Graph<String, ?> graph, long seed) {
		this(graph, DEFAULT_RESOLUTION, seed);
	}

	/**
	 * @param graph an undirected graph of network ids with non-negative, finite edge weights
	 * @param resolution γ above 0: higher gives more, smaller clusters
	 * @param seed shuffles the order in which nodes are visited, so the result repeats for a seed
	 */
	public NetworkClustering(Graph<String, ?> graph, double resolution, long seed) {
		if (graph == null) {
			throw new IllegalArgumentException("graph must not be null");
		}
		if (!graph.getType().isUndirected()) {
			throw new IllegalArgumentException("graph must be undirected");
		}
		if (!(resolution > 0) || Double.isInfinite(resolution)) {
			throw new IllegalArgumentException("resolution must be a finite number above 0, got " + resolution);
		}
		this.vertices = graph.vertexSet().stream().sorted().toList();
		for (int i = 0; i < this.vertices.size(); i++) {
			this.index.put(this.vertices.get(i), i);
		}
		this.adjacency = adjacency(graph, this.vertices, this.index);
		this.resolution = resolution;
		this.seed = seed;
	}

	private static <E> WeightedAdjacency adjacency(Graph<String, E> graph, List<String> vertices,
			Map<String, Integer> index) {
		for (E edge : graph.edgeSet()) {
			double weight = graph.getEdgeWeight(edge);
			if (!(weight >= 0) || Double.isInfinite(weight)) {
				throw new IllegalArgumentException("edge " + graph.getEdgeSource(edge) + " – " + graph.getEdgeTarget(edge)
						+ " has weight " + weight + "; weights must be finite and not negative");
			}
		}
		return WeightedAdjacency.of(graph, vertices, index);
	}

	/** The clusters, largest first, then by smallest network id, numbered 0 … k−1 in that order. */
	public List<NetworkCluster> clusters() {
		return result().clusters;
	}

	/** The modularity of {@link #clusters()} on the input graph, at the chosen resolution. */
	public double modularity() {
		return result().modularity;
	}

	/** The id of the cluster that holds the network. */
	public int clusterOf(String network) {
		Integer i = this.index.get(network);
		if (i == null) {
			throw new IllegalArgumentException("'" + network + "' is not a vertex of the graph");
		}
		return result().clusterOfVertex[i];
	}

	/**
	 * The modularity Q = Σ_c [ L_c / m − γ (d_c / 2m)² ] of a partition of an undirected weighted graph;
	 * every vertex must be in exactly one part. 0 for a graph without edge weight.
	 */
	public static double modularity(Graph<String, ?> graph, Collection<? extends Collection<String>> parts,
			double resolution) {
		NetworkClustering clustering = new NetworkClustering(graph, resolution, 0L);
		int[] community = new int[clustering.vertices.size()];
		Arrays.fill(community, -1);
		int c = 0;
		for (Collection<String> part : parts) {
			for (String vertex : part) {
				Integer i = clustering.index.get(vertex);
				if (i == null || community[i] != -1) {
					throw new IllegalArgumentException("'" + vertex + "' is not a vertex or is in more than one part");
				}
				community[i] = c;
			}
			c++;
		}
		for (int i = 0; i < community.length; i++) {
			if (community[i] == -1) {
				throw new IllegalArgumentException("'" + clustering.vertices.get(i) + "' is in no part");
			}
		}
		return modularity(clustering.adjacency, community, c, resolution);
	}

	private synchronized Result result() {
		if (this.result == null) {
			this.result = compute();
		}
		return this.result;
	}

	private Result compute() {
		int n = this.vertices.size();
		int[] clusterOf = new int[n];
		for (int i = 0; i < n; i++) {
			clusterOf[i] = i;
		}
		if (this.adjacency.totalDegree > 0) {
			Random random = new Random(this.seed);
			WeightedAdjacency level = this.adjacency;
			while (true) {
				int[] community = new int[level.size];
				int communities = moveNodes(level, community, random);
				if (communities == level.size) {
					break;
				}
				for (int i = 0; i < n; i++) {
					clusterOf[i] = community[clusterOf[i]];
				}
				level = level.aggregate(community, communities);
			}
		}
		List<List<Integer>> parts = connectedParts(clusterOf);
		List<List<String>> named = new ArrayList<>(parts.size());
		for (List<Integer> part : parts) {
			named.add(part.stream().map(this.vertices::get).sorted().toList());
		}
		named.sort(Comparator.comparingInt((List<String> part) -> part.size()).reversed()
			.thenComparing((part) -> part.get(0)));
		List<NetworkCluster> clusters = new ArrayList<>(named.size());
		int[] clusterOfVertex = new int[n];
		for (int id = 0; id < named.size(); id++) {
			clusters.add(new NetworkCluster(id, named.get(id)));
			for (String vertex : named.get(id)) {
				clusterOfVertex[this.index.get(vertex)] = id;
			}
		}
		double modularity = modularity(this.adjacency, clusterOfVertex, clusters.size(), this.resolution);
		return new Result(List.copyOf(clusters), clusterOfVertex, modularity);
	}

	/**
	 * One Louvain level: moves nodes until none moves, then numbers the communities 0 … k−1 in order of
	 * their first node. Returns k; {@code community} receives each node's community.
	 */
	private int moveNodes(WeightedAdjacency level, int[] community, Random random) {
		int n = level.size;
		double twoM = level.totalDegree;
		double[] total = new double[n];
		for (int i = 0; i < n; i++) {
			community[i] = i;
			total[i] = level.degrees[i];
		}
		int[] order = shuffled(n, random);
		double[] weightTo = new double[n];
		boolean[] seen = new boolean[n];
		int[] seenList = new int[n];
		boolean moved = true;
		while (moved) {
			moved = false;
			for (int i : order) {
				int own = community[i];
				double degree = level.degrees[i];
				int seenCount = 0;
				for (int e = level.start[i]; e < level.start[i + 1]; e++) {
					int c = community[level.neighbours[e]];
					if (!seen[c]) {
						seen[c] = true;
						seenList[seenCount++] = c;
					}
					weightTo[c] += level.weights[e];
				}
				total[own] -= degree;
				// Gain of joining c, up to a factor 1/m common to all c: k_i,c − γ Σ_tot(c) k_i / 2m.
				int best = own;
				double bestGain = weightTo[own] - this.resolution * total[own] * degree / twoM;
				double tolerance = 1e-12 * Math.max(1.0, degree);
				for (int s = 0; s < seenCount; s++) {
					int c = seenList[s];
					double gain = weightTo[c] - this.resolution * total[c] * degree / twoM;
					if (gain > bestGain + tolerance) {
						best = c;
						bestGain = gain;
					}
				}
				for (int s = 0; s < seenCount; s++) {
					weightTo[seenList[s]] = 0;
					seen[seenList[s]] = false;
				}
				total[best] += degree;
				if (best != own) {
					community[i] = best;
					moved = true;
				}
			}
		}
		int[] renumber = new int[n];
		Arrays.fill(renumber, -1);
		int communities = 0;
		for (int i = 0; i < n; i++) {
			if (renumber[community[i]] == -1) {
				renumber[community[i]] = communities++;
			}
			community[i] = renumber[community[i]];
		}
		return communities;
	}

	/** Connected parts of each cluster, over edges of positive weight inside it. */
	private List<List<Integer>> connectedParts(int[] clusterOf) {
		int n = clusterOf.length;
		boolean[] visited = new boolean[n];
		List<List<Integer>> parts = new ArrayList<>();
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int root = 0; root < n; root++) {
			if (visited[root]) {
				continue;
			}
			List<Integer> part = new ArrayList<>();
			visited[root] = true;
			queue.add(root);
			while (!queue.isEmpty()) {
				int i = queue.poll();
				part.add(i);
				for (int e = this.adjacency.start[i]; e < this.adjacency.start[i + 1]; e++) {
					int j = this.adjacency.neighbours[e];
					if (!visited[j] && clusterOf[j] == clusterOf[i] && this.adjacency.weights[e] > 0) {
						visited[j] = true;
						queue.add(j);
					}
				}
			}
			parts.add(part);
		}
		return parts;
	}

	private static double modularity(WeightedAdjacency graph, int[] community, int communities, double resolution) {
		double twoM = graph.totalDegree;
		if (twoM == 0) {
			return 0.0;
		}
		double[] inside = new double[communities];
		double[] total = new double[communities];
		for (int i = 0; i < graph.size; i++) {
			int c = community[i];
			total[c] += graph.degrees[i];
			inside[c] += 2 * graph.selfLoops[i];
			for (int e = graph.start[i]; e < graph.start[i + 1]; e++) {
				if (community[graph.neighbours[e]] == c) {
					inside[c] += graph.weights[e];
				}
			}
		}
		double q = 0;
		for (int c = 0; c < communities; c++) {
			q += inside[c] / twoM - resolution * (total[c] / twoM) * (total[c] / twoM);
		}
		return q;
	}

	private static int[] shuffled(int n, Random random) {
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		return order;
	}

	private record Result(List<NetworkCluster> clusters, int[] clusterOfVertex, double modularity) {
	}

}
