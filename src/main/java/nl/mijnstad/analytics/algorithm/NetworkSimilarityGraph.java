package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The similarity graph of networks that {@link NetworkClustering} clusters: an edge between two networks
 * weighted alpha · Jaccard(values) + (1 − alpha) · Jaccard(members), kept where the weight reaches the
 * threshold. Shared values are counted from an inverted index over values, like shared members in
 * {@link MembershipOverlap}, so the cost is O(Σ_v h_v²) for values v held by h_v networks plus the
 * overlaps given, never O(N²) over all pairs of networks.
 *
 * <p>Defaults: alpha = 0.5 weighs what networks find important and who they are equally; threshold 0.1
 * keeps an edge when two networks are at least as alike as sharing a fifth of their combined values (or
 * of their combined members) and nothing else, which drops the many pairs that share one common value by
 * chance. Two networks without values have value Jaccard 0, not 1: having said nothing is not agreement.
 * The vertices are the networks in {@code valuesByNetwork} (with an empty set for a network without
 * values); overlaps that name another network are ignored, so the overlaps of all networks can be passed
 * as they are.
 */
public final class NetworkSimilarityGraph {

	/** Weight of value similarity against member similarity. */
	public static final double DEFAULT_ALPHA = 0.5;

	/** Smallest weight for which an edge is kept. */
	public static final double DEFAULT_THRESHOLD = 0.1;

	private final Map<String, Set<String>> valuesByNetwork;

	private final Collection<NetworkOverlap> memberOverlaps;

	private final double alpha;

	private final double threshold;

	private final int valueNeighbours;

	private Graph<String, DefaultWeightedEdge> graph;

	private List<NetworkOverlap> valueOverlaps;

	/** The similarity graph with the default alpha and threshold. */
	public NetworkSimilarityGraph(Map<String, ? extends Set<String>> valuesByNetwork,
			Collection<NetworkOverlap> memberOverlaps) {
		this(valuesByNetwork, memberOverlaps, DEFAULT_ALPHA, DEFAULT_THRESHOLD);
	}

	/**
	 * @param valuesByNetwork per network to cluster, the value keys it holds
	 * @param memberOverlaps shared members per pair of networks, as {@link MembershipOverlap#overlaps()} gives
	 * @param alpha weight of value similarity, between 0 and 1; the rest goes to member similarity
	 * @param threshold smallest weight for which an edge is kept, above 0 and at most 1
	 */
	public NetworkSimilarityGraph(Map<String, ? extends Set<String>> valuesByNetwork,
			Collection<NetworkOverlap> memberOverlaps, double alpha, double threshold) {
		this(valuesByNetwork, memberOverlaps, alpha, threshold, 0);
	}

	private NetworkSimilarityGraph(Map<String, ? extends Set<String>> valuesByNetwork,
			Collection<NetworkOverlap> memberOverlaps, double alpha, double threshold, int valueNeighbours) {
		if (valueNeighbours < 0) {
			throw new IllegalArgumentException("valueNeighbours must be 0 (all) or more, got " + valueNeighbours);
		}
		this.valueNeighbours = valueNeighbours;
		if (valuesByNetwork == null || memberOverlaps == null) {
			throw new IllegalArgumentException("valuesByNetwork and memberOverlaps must not be null");
		}
		if (!(alpha >= 0 && alpha <= 1)) {
			throw new IllegalArgumentException("alpha must be between 0 and 1, got " + alpha);
		}
		if (!(threshold > 0 && threshold <= 1)) {
			throw new IllegalArgumentException("threshold must be above 0 and at most 1, got " + threshold);
		}
		this.valuesByNetwork = new TreeMap<>();
		valuesByNetwork.forEach((network, values) -> {
			if (network == null || values == null || values.stream().anyMatch((value) -> value == null)) {
				throw new IllegalArgumentException("network ids, value sets and values must not be null");
			}
			this.valuesByNetwork.put(network, Set.copyOf(values));
		});
		this.memberOverlaps = List.copyOf(memberOverlaps);
		this.alpha = alpha;
		this.threshold = threshold;
	}

	/**
	 * The same graph with only each network's {@code k} strongest value pairs (by shared values), as the member
	 * overlaps are kept. Needed at scale: a common value held by h networks pairs them all, and with thousands of
	 * networks naming "ontmoeting" that is millions of pairs of which only each network's nearest can matter for
	 * its cluster. 0 keeps all.
	 */
	public NetworkSimilarityGraph keepingValueNeighbours(int k) {
		return new NetworkSimilarityGraph(this.valuesByNetwork, this.memberOverlaps, this.alpha, this.threshold, k);
	}

	/** The graph, unmodifiable: vertices are the networks, edges weighted by similarity. */
	public synchronized Graph<String, DefaultWeightedEdge> graph() {
		if (this.graph == null) {
			this.graph = build();
		}
		return this.graph;
	}

	/**
	 * The pairs of networks that share values, as counted for the graph (each network's k strongest with
	 * {@link #keepingValueNeighbours}), with the Jaccard of their value sets; networks without values take no part.
	 */
	public synchronized List<NetworkOverlap> valueOverlaps() {
		graph();
		return this.valueOverlaps;
	}

	private Graph<String, DefaultWeightedEdge> build() {
		List<String> networks = new ArrayList<>(this.valuesByNetwork.keySet());
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < networks.size(); i++) {
			index.put(networks.get(i), i);
		}
		// Shared values per pair, by the same inverted-index count as shared members: a value is a "person"
		// whose "networks" are those that hold it. No guard here: every holder must count.
		Map<String, List<Integer>> holders = new TreeMap<>();
		this.valuesByNetwork.forEach((network, values) -> values
			.forEach((value) -> holders.computeIfAbsent(value, (v) -> new ArrayList<>()).add(index.get(network))));
		int[][] networksOfValue = holders.values()
			.stream()
			.map((own) -> own.stream().mapToInt(Integer::intValue).toArray())
			.toArray(int[][]::new);
		MembershipOverlap sharedValues = new MembershipOverlap(networks, networksOfValue,
				new MembershipOverlap.Limits(1, this.valueNeighbours, Integer.MAX_VALUE));
		// Per pair of network indices: the value and member Jaccard. Networks are numbered in id order, so sorting
		// by the numbers gives the graph the same edges in the same order each time.
		Map<Long, Similarity> similarity = new HashMap<>();
		this.valueOverlaps = sharedValues.overlaps();
		for (NetworkOverlap overlap : this.valueOverlaps) {
			Similarity.of(similarity, index.get(overlap.a()), index.get(overlap.b())).values = overlap.jaccard();
		}
		for (NetworkOverlap overlap : this.memberOverlaps) {
			Integer a = index.get(overlap.a());
			Integer b = index.get(overlap.b());
			if (a != null && b != null && !a.equals(b)) {
				Similarity.of(similarity, a, b).members = overlap.jaccard();
			}
		}
		// Sorted as primitive keys: sorting half a million objects by a comparator took most of a second.
		long[] keys = similarity.values().stream().mapToLong(Similarity::key).sorted().toArray();
		Graph<String, DefaultWeightedEdge> result = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		networks.forEach(result::addVertex);
		for (long key : keys) {
			Similarity pair = similarity.get(Similarity.scrambled(key));
			double weight = this.alpha * pair.values + (1 - this.alpha) * pair.members;
			if (weight >= this.threshold) {
				result.setEdgeWeight(result.addEdge(networks.get(pair.a), networks.get(pair.b)), weight);
			}
		}
		return new AsUnmodifiableGraph<>(result);
	}

	/** Two networks (a &lt; b, by number) and how alike they are in values and in members. */
	private static final class Similarity {

		final int a;

		final int b;

		double values;

		double members;

		private Similarity(int a, int b) {
			this.a = a;
			this.b = b;
		}

		static Similarity of(Map<Long, Similarity> known, int x, int y) {
			int a = Math.min(x, y);
			int b = Math.max(x, y);
			return known.computeIfAbsent(scrambled(((long) a << 32) | b), (k) -> new Similarity(a, b));
		}

		/** The pair's key, in the order of a, then b. */
		long key() {
			return ((long) this.a << 32) | this.b;
		}

		/**
		 * The map's key: Long's own hash of (a &lt;&lt; 32 | b) is a ^ b, which collides for most pairs of networks;
		 * multiplying by an odd number is one to one, so no two pairs share a key.
		 */
		static long scrambled(long key) {
			return key * 0x9E3779B97F4A7C15L;
		}

	}

}
