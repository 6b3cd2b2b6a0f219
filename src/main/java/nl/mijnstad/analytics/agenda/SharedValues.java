package nl.mijnstad.analytics.agenda;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.mijnstad.analytics.AnalysisPart;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.algorithm.EffectiveNumber;
import nl.mijnstad.analytics.algorithm.GroupAwareConsensus;
import nl.mijnstad.analytics.algorithm.ValueConsensus;

import org.springframework.stereotype.Component;

/**
 * The shared values of the city: for every value, the networks and gatherings holding it, the diversity of its
 * supporters and its group-aware consensus across the snapshot's clusters. The unfiltered list is computed with each
 * snapshot; filtered lists (district, kind, period) once per snapshot on first request.
 *
 * <p>A filter narrows the population as well as the holders: N_g counts the networks of cluster g that pass the
 * filter and held a gathering in the period, and clusters without such networks drop out of the product.
 */
@Component
class SharedValues implements AnalysisPart<List<SharedValue>> {

	private static final Comparator<SharedValue> ORDER = Comparator.comparingInt(SharedValue::networks)
		.thenComparingDouble(SharedValue::consensus)
		.reversed()
		.thenComparing(SharedValue::key);

	private final AgendaProperties properties;

	SharedValues(AgendaProperties properties) {
		this.properties = properties;
	}

	@Override
	public Object key() {
		return SharedValues.class;
	}

	@Override
	public List<SharedValue> compute(Snapshot snapshot) {
		return count(snapshot.projection(), snapshot.clusterOfNetwork(), AgendaFilter.EVERYTHING);
	}

	/** The shared values under a filter, most widely held first, then by consensus. */
	List<SharedValue> of(Snapshot snapshot, AgendaFilter filter) {
		if (filter.isEverything()) {
			return snapshot.part(key(), () -> compute(snapshot));
		}
		return views(snapshot, this.properties).get(filter, () -> count(snapshot.projection(),
				snapshot.clusterOfNetwork(), filter));
	}

	static FilteredViews views(Snapshot snapshot, AgendaProperties properties) {
		return snapshot.part(FilteredViews.class, () -> new FilteredViews(properties.filteredViews()));
	}

	static List<SharedValue> count(GraphProjection projection, int[] clusterOfNetwork, AgendaFilter filter) {
		List<GraphProjection.Network> networks = projection.networks();
		boolean[] included = new boolean[networks.size()];
		for (GraphProjection.Network network : networks) {
			included[network.index()] = filter.includes(network);
		}
		BitSet reached = new BitSet(networks.size());
		Map<String, BitSet> holders = new HashMap<>();
		Map<String, Integer> gatherings = new HashMap<>();
		for (GraphProjection.Gathering gathering : projection.gatherings()) {
			if (!included[gathering.network()] || !filter.includes(gathering)) {
				continue;
			}
			reached.set(gathering.network());
			for (String value : new LinkedHashSet<>(gathering.values())) {
				holders.computeIfAbsent(value, v -> new BitSet()).set(gathering.network());
				gatherings.merge(value, 1, Integer::sum);
			}
		}
		if (reached.isEmpty()) {
			return List.of();
		}
		Map<String, Integer> reachedPerCluster = new HashMap<>();
		reached.stream().forEach(n -> reachedPerCluster.merge(cluster(clusterOfNetwork, n), 1, Integer::sum));
		Map<String, Map<String, Integer>> holdersPerCluster = new HashMap<>();
		holders.forEach((value, networksHolding) -> {
			Map<String, Integer> perCluster = new HashMap<>();
			networksHolding.stream().forEach(n -> perCluster.merge(cluster(clusterOfNetwork, n), 1, Integer::sum));
			holdersPerCluster.put(value, perCluster);
		});
		Map<String, ValueConsensus> consensus = new HashMap<>();
		for (ValueConsensus value : new GroupAwareConsensus(reachedPerCluster, holdersPerCluster).values()) {
			consensus.put(value.value(), value);
		}
		List<SharedValue> values = new ArrayList<>(holders.size());
		holders.forEach((value, networksHolding) -> {
			Map<String, Integer> kinds = new TreeMap<>();
			Map<String, Integer> districts = new TreeMap<>();
			networksHolding.stream().forEach(n -> {
				GraphProjection.Network network = networks.get(n);
				kinds.merge(String.valueOf(network.kind()), 1, Integer::sum);
				network.districts().forEach(d -> districts.merge(d, 1, Integer::sum));
			});
			ValueConsensus agreement = consensus.get(value);
			values.add(new SharedValue(value, projection.valueLabels().getOrDefault(value, value),
					networksHolding.cardinality(), gatherings.get(value), agreement.consensus(),
					agreement.meanAgreement(),
					new SharedValue.Diversity(EffectiveNumber.of(kinds).value(), EffectiveNumber.of(districts).value()),
					holdersPerCluster.get(value).size()));
		});
		values.sort(ORDER);
		return List.copyOf(values);
	}

	private static String cluster(int[] clusterOfNetwork, int network) {
		return Integer.toString(clusterOfNetwork[network]);
	}

}
