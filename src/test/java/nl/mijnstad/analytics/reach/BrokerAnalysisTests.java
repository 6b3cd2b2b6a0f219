package nl.mijnstad.analytics.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.mijnstad.analytics.AnalyticsProperties;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.algorithm.MembershipOverlap;
import nl.mijnstad.analytics.algorithm.NetworkCluster;

import org.junit.jupiter.api.Test;

/** Brokers on small hand-checked graphs, and the betweenness reused only while the membership graphs stay the same. */
class BrokerAnalysisTests {

	private final BrokerAnalysis brokers = new BrokerAnalysis(new AnalyticsProperties(Duration.ofSeconds(1), 2017, 25, 5, 2));

	@Test
	void theNetworkBetweenTwoOthersIsTheBrokerUntilTheyMeetDirectly() {
		// a – b – c: only b lies between the others.
		BrokerAnalysis.Brokers path = this.brokers.compute(snapshot(new int[][] { { 0, 1 }, { 1, 2 } }));
		assertThat(betweenness(path, 1)).isEqualTo(1.0);
		assertThat(betweenness(path, 0)).isZero();

		// A third person joins a and c: a triangle, nobody lies between. The scores of the path must not be reused.
		BrokerAnalysis.Brokers triangle = this.brokers.compute(snapshot(new int[][] { { 0, 1 }, { 1, 2 }, { 0, 2 } }));
		assertThat(betweenness(triangle, 1)).isZero();

		BrokerAnalysis.Brokers pathAgain = this.brokers.compute(snapshot(new int[][] { { 0, 1 }, { 1, 2 } }));
		BrokerAnalysis.Brokers reused = this.brokers.compute(snapshot(new int[][] { { 0, 1 }, { 1, 2 } }));
		this.brokers.forget();
		BrokerAnalysis.Brokers fromScratch = this.brokers.compute(snapshot(new int[][] { { 0, 1 }, { 1, 2 } }));
		assertThat(betweenness(pathAgain, 1)).isEqualTo(1.0);
		assertThat(reused.people()).usingRecursiveFieldByFieldElementComparator().isEqualTo(fromScratch.people());
		assertThat(betweenness(reused, 1)).isEqualTo(betweenness(fromScratch, 1));
	}

	private static double betweenness(BrokerAnalysis.Brokers brokers, int network) {
		return brokers.networks().stream().filter(b -> b.network() == network).mapToDouble(BrokerAnalysis.NetworkBroker::betweenness)
			.findFirst().orElse(0.0);
	}

	/** Networks a, b, c, each its own cluster, and one person per membership list. */
	private static Snapshot snapshot(int[][] networksOfPerson) {
		List<String> ids = List.of("a", "b", "c");
		Map<String, Integer> index = new HashMap<>();
		List<GraphProjection.Network> networks = new ArrayList<>();
		for (int n = 0; n < ids.size(); n++) {
			index.put(ids.get(n), n);
			networks.add(new GraphProjection.Network(n, ids.get(n), ids.get(n), "HOBBY", List.of(), true));
		}
		List<GraphProjection.Person> people = new ArrayList<>();
		List<List<Integer>> members = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (int p = 0; p < networksOfPerson.length; p++) {
			people.add(new GraphProjection.Person(p, "p" + p, null, null));
			for (int n : networksOfPerson[p]) {
				members.get(n).add(p);
			}
		}
		int[][] membersOfNetwork = members.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
			.toArray(int[][]::new);
		GraphProjection projection = new GraphProjection(List.of(), networks, index, people, networksOfPerson,
				membersOfNetwork, List.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of(), List.of());
		List<NetworkCluster> clusters = new ArrayList<>();
		for (int n = 0; n < ids.size(); n++) {
			clusters.add(new NetworkCluster(n, List.of(ids.get(n))));
		}
		return new Snapshot(projection, new MembershipOverlap(ids, networksOfPerson).overlaps(), List.of(), clusters,
				new int[] { 0, 1, 2 }, Instant.now(), List.of(), new ConcurrentHashMap<>());
	}

}
