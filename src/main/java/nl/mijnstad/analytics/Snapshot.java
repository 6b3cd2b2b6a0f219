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
 * @param clusters clusters of networks alike in values and members, largest first
 * @param clusterOfNetwork the cluster id of each network (by network number)
 * @param computedAt when the computation finished
 * @param signature the database's change signature it was computed for
 */
public record Snapshot(GraphProjection projection, List<NetworkOverlap> overlaps, List<NetworkCluster> clusters,
		int[] clusterOfNetwork, Instant computedAt, List<Long> signature, Map<Object, Object> parts) {

	Snapshot(GraphProjection projection, List<NetworkOverlap> overlaps, List<NetworkCluster> clusters,
			int[] clusterOfNetwork, Instant computedAt, List<Long> signature) {
		this(projection, overlaps, clusters, clusterOfNetwork, computedAt, signature, new ConcurrentHashMap<>());
	}

	/**
	 * The result of a part, or of a computation keyed by {@code key} (for example a filtered view): computed
	 * once per snapshot and kept with it.
	 */
	@SuppressWarnings("unchecked")
	public <T> T part(Object key, Supplier<T> computation) {
		return (T) this.parts.computeIfAbsent(key, k -> computation.get());
	}

}
