package nl.mijnstad.analytics.reach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.mijnstad.analytics.AnalysisPart;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.algorithm.NetworkOverlap;

import org.springframework.stereotype.Component;

/**
 * Pairs of networks alike in values: the Jaccard of their value sets, counted from an inverted index
 * value → networks holding it (the same {@link nl.mijnstad.analytics.algorithm.MembershipOverlap} count as for
 * members, with values in the place of people), so only networks that share a value are ever paired: O(Σ_v h_v²)
 * for values v held by h_v networks, never O(N²); each network keeps its k strongest. The count is the one the
 * clustering's similarity graph made ({@link Snapshot#valueOverlaps()}). Networks without values take no part.
 * Most alike first.
 */
@Component
class ValueOverlapAnalysis implements AnalysisPart<ValueOverlapAnalysis.ValueOverlaps> {

	/** The pairs, most alike first, and each network's value keys (by network id) to name what they share. */
	record ValueOverlaps(List<NetworkOverlap> pairs, Map<String, Set<String>> values) {
	}

	@Override
	public ValueOverlaps compute(Snapshot snapshot) {
		GraphProjection projection = snapshot.projection();
		Map<String, Set<String>> valuesByNetwork = new TreeMap<>();
		for (GraphProjection.Gathering gathering : projection.gatherings()) {
			if (!gathering.values().isEmpty()) {
				valuesByNetwork.computeIfAbsent(projection.networks().get(gathering.network()).id(), id -> new TreeSet<>())
					.addAll(gathering.values());
			}
		}
		// Counted once with the clustering's similarity graph: the same inverted index over values, the same top k.
		List<NetworkOverlap> pairs = new ArrayList<>(snapshot.valueOverlaps());
		pairs.sort(Comparator.comparingDouble(NetworkOverlap::jaccard)
			.reversed()
			.thenComparing(Comparator.comparingInt(NetworkOverlap::sharedMembers).reversed())
			.thenComparing(NetworkOverlap::a)
			.thenComparing(NetworkOverlap::b));
		Map<String, Set<String>> values = new TreeMap<>();
		valuesByNetwork.forEach((network, keys) -> values.put(network, Set.copyOf(keys)));
		return new ValueOverlaps(List.copyOf(pairs), values);
	}

}
