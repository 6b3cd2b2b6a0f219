package nl.mijnstad.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import nl.mijnstad.analytics.algorithm.NetworkCluster;
import nl.mijnstad.analytics.algorithm.NetworkOverlap;

/**
 * The analytics at one moment: the projection, the overlaps and clusters every analysis builds on, and the
 * results of each {@link AnalysisPart}, computed before the snapshot is published so reads never compute.
 *
 * @param projection the graph as read
 * @param overlaps the strongest overlaps of networks by shared members
 * @param valueOverlaps the strongest overlaps of networks by shared values (Jaccard of their value sets), counted
 * once for the clustering and the "alike in values" pairs
 * @param clusters clusters of networks alike in values and members, largest first
 * @param clusterOfNetwork the cluster id of each network (by network number)
 * @param computedAt when the computation finished
 * @param signature the database's change signature it was computed for
 */
public record Snapshot(GraphProjection projection, List<NetworkOverlap> overlaps, List<NetworkOverlap> valueOverlaps,
		List<NetworkCluster> clusters, int[] clusterOfNetwork, Instant computedAt, List<Long> signature,
		Map<Object, Object> parts) {

	Snapshot(GraphProjection projection, List<NetworkOverlap> overlaps, List<NetworkOverlap> valueOverlaps,
			List<NetworkCluster> clusters, int[] clusterOfNetwork, Instant computedAt, List<Long> signature) {
		this(projection, overlaps, valueOverlaps, clusters, clusterOfNetwork, computedAt, signature,
				new ConcurrentHashMap<>());
	}

	private static final String TIMINGS = "refresh timings";

	void recordTimings(Map<String, Long> millis) {
		this.parts.put(TIMINGS, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(millis)));
	}

	/** How long each step of the refresh that computed this snapshot took, in milliseconds. */
	@SuppressWarnings("unchecked")
	public Map<String, Long> timings() {
		return (Map<String, Long>) this.parts.getOrDefault(TIMINGS, Map.of());
	}

	/**
	 * The result of a part, or of a computation keyed by {@code key} (for example a filtered view): computed
	 * once per snapshot and kept with it.
	 */
	@SuppressWarnings("unchecked")
	public <T> T part(Object key, Supplier<T> computation) {
		// Not computeIfAbsent: a part may build on another part (coverage on the reached people, the frontier on
		// coverage), and a nested computeIfAbsent on a ConcurrentHashMap throws "Recursive update". Two threads
		// may then compute the same part at once; the first result stored wins, so every reader sees one.
		Object known = this.parts.get(key);
		if (known != null) {
			return (T) known;
		}
		T computed = computation.get();
		if (computed == null) {
			throw new IllegalStateException("Analysis part " + key + " computed null");
		}
		Object earlier = this.parts.putIfAbsent(key, computed);
		return (T) ((earlier != null) ? earlier : computed);
	}

}
