package nl.mijnstad.analytics.reach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.mijnstad.analytics.AnalysisPart;
import nl.mijnstad.analytics.AnalyticsProperties;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.algorithm.MembershipOverlap;
import nl.mijnstad.analytics.algorithm.NetworkOverlap;

import org.springframework.stereotype.Component;

/**
 * Pairs of networks alike in values: the Jaccard of their value sets, counted from an inverted index
 * value → networks holding it (the same {@link MembershipOverlap} count as for members, with values in the
 * place of people), so only networks that share a value are ever paired: O(Σ_v h_v²) for values v held by
 * h_v networks, never O(N²). Networks without values take no part. Most alike first.
 */
@Component
class ValueOverlapAnalysis implements AnalysisPart<ValueOverlapAnalysis.ValueOverlaps> {

	private final int topK;

	ValueOverlapAnalysis(AnalyticsProperties properties) {
		this.topK = properties.overlapTopK();
	}

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
		List<String> networks = new ArrayList<>(valuesByNetwork.keySet());
		Map<String, List<Integer>> holders = new TreeMap<>();
		for (int i = 0; i < networks.size(); i++) {
			int network = i;
			valuesByNetwork.get(networks.get(i))
				.forEach(value -> holders.computeIfAbsent(value, v -> new ArrayList<>()).add(network));
		}
		int[][] networksOfValue = holders.values()
			.stream()
			.map(own -> own.stream().mapToInt(Integer::intValue).toArray())
			.toArray(int[][]::new);
		// Every holder of a value must count for an exact Jaccard, hence no cap on networks per value; the
		// top-k per network bounds what is kept when one value is held by thousands of networks.
		MembershipOverlap overlap = new MembershipOverlap(networks, networksOfValue,
				new MembershipOverlap.Limits(1, this.topK, Integer.MAX_VALUE));
		List<NetworkOverlap> pairs = new ArrayList<>(overlap.overlaps());
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
