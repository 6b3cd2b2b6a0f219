package nl.mijnstad.analytics.agenda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.mijnstad.analytics.AnalysisPart;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.algorithm.DistinctiveValue;
import nl.mijnstad.analytics.algorithm.DistinctiveValues;
import nl.mijnstad.analytics.algorithm.NetworkCluster;

import org.springframework.stereotype.Component;

/**
 * The snapshot's clusters described: their networks and kinds, and their distinctive values. Distinctiveness is
 * tested among reached networks only, since a network that held no gathering has said nothing either way and would
 * only dilute both proportions.
 */
@Component
class ClusterProfiles implements AnalysisPart<List<ClusterView>> {

	@Override
	public Object key() {
		return ClusterProfiles.class;
	}

	@Override
	public List<ClusterView> compute(Snapshot snapshot) {
		GraphProjection projection = snapshot.projection();
		Map<String, Set<String>> valuesOfNetwork = new HashMap<>();
		for (GraphProjection.Gathering gathering : projection.gatherings()) {
			valuesOfNetwork.computeIfAbsent(projection.networks().get(gathering.network()).id(), n -> new HashSet<>())
				.addAll(gathering.values());
		}
		Map<String, Integer> clusterOfReached = new HashMap<>();
		for (GraphProjection.Network network : projection.networks()) {
			if (network.reached()) {
				clusterOfReached.put(network.id(), snapshot.clusterOfNetwork()[network.index()]);
			}
		}
		Map<Integer, List<DistinctiveValue>> distinctive = new DistinctiveValues(clusterOfReached, valuesOfNetwork)
			.byCluster();
		List<ClusterView> views = new ArrayList<>(snapshot.clusters().size());
		for (NetworkCluster cluster : snapshot.clusters()) {
			Map<String, Integer> kinds = new TreeMap<>();
			List<ClusterView.Member> members = new ArrayList<>(cluster.networks().size());
			int reached = 0;
			for (String id : cluster.networks()) {
				GraphProjection.Network network = projection.networks().get(projection.networkIndex().get(id));
				kinds.merge(String.valueOf(network.kind()), 1, Integer::sum);
				members.add(new ClusterView.Member(network.id(), network.name(), network.kind(), network.reached()));
				reached += network.reached() ? 1 : 0;
			}
			members.sort(java.util.Comparator.comparing(ClusterView.Member::name,
					java.util.Comparator.nullsLast(String::compareTo)).thenComparing(ClusterView.Member::id));
			List<ClusterView.Distinctive> values = distinctive.getOrDefault(cluster.id(), List.of())
				.stream()
				.map(v -> new ClusterView.Distinctive(v.value(), projection.valueLabels().getOrDefault(v.value(), v.value()),
						v.repness(), v.z(), v.holdersInCluster(), v.clusterSize()))
				.toList();
			views.add(new ClusterView(cluster.id(), cluster.networks().size(), reached, kinds, List.copyOf(members),
					values));
		}
		return List.copyOf(views);
	}

}
