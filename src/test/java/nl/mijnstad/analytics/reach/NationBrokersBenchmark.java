package nl.mijnstad.analytics.reach;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mijnstad.analytics.AnalyticsProperties;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.algorithm.MembershipOverlap;
import nl.mijnstad.analytics.algorithm.NetworkCluster;
import nl.mijnstad.analytics.algorithm.NetworkClustering;
import nl.mijnstad.analytics.algorithm.NetworkOverlap;
import nl.mijnstad.analytics.algorithm.NetworkSimilarityGraph;
import nl.mijnstad.demo.city.CityGenerator;
import nl.mijnstad.demo.city.CityPlan;
import nl.mijnstad.demo.city.DemoCity;
import nl.mijnstad.demo.city.Scale;

/**
 * The membership side of a refresh at a scale, in memory, without Neo4j: the seeded demo city's memberships, the
 * overlaps (top 25 per network), clusters on members alone, and the brokers (network and person betweenness).
 * Run by hand, not a test (timings do not belong in tests), with the heap the service gets:
 * {@code java -Xmx2g -cp target/classes:target/test-classes:$(cat cp.txt) nl.mijnstad.analytics.reach.NationBrokersBenchmark nation}.
 */
final class NationBrokersBenchmark {

	public static void main(String[] args) {
		Scale scale = Scale.parse(args.length > 0 ? args[0] : "nation");
		DemoCity city = new CityGenerator(new CityPlan(scale, 2017)).generate();
		Map<String, Integer> networkIndex = new HashMap<>();
		List<GraphProjection.Network> networks = new ArrayList<>();
		city.networks().forEach(n -> {
			networkIndex.put(n.id(), networks.size());
			networks.add(new GraphProjection.Network(networks.size(), n.id(), n.name(), n.kind(), List.of(), true));
		});
		Map<String, Integer> personIndex = new HashMap<>();
		List<GraphProjection.Person> people = new ArrayList<>();
		city.people().forEach(p -> {
			personIndex.put(p.id(), people.size());
			people.add(new GraphProjection.Person(people.size(), p.id(), p.districtCode(), p.birthYear()));
		});
		List<List<Integer>> ofPerson = new ArrayList<>();
		List<List<Integer>> ofNetwork = new ArrayList<>();
		people.forEach(p -> ofPerson.add(new ArrayList<>()));
		networks.forEach(n -> ofNetwork.add(new ArrayList<>()));
		city.memberships().forEach(m -> {
			int p = personIndex.get(m.personId());
			int n = networkIndex.get(m.networkId());
			ofPerson.get(p).add(n);
			ofNetwork.get(n).add(p);
		});
		int[][] networksOfPerson = ofPerson.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
			.toArray(int[][]::new);
		int[][] membersOfNetwork = ofNetwork.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
			.toArray(int[][]::new);
		GraphProjection projection = new GraphProjection(List.of(), networks, networkIndex, people, networksOfPerson,
				membersOfNetwork, List.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of(), List.of());
		city = null;
		System.gc();
		System.out.printf("%s: %,d networks, %,d people, %,d memberships; heap in use %d MiB%n", scale, networks.size(),
				people.size(), ofPerson.stream().mapToInt(List::size).sum(), used() >> 20);
		List<String> ids = networks.stream().map(GraphProjection.Network::id).toList();
		BrokerAnalysis brokers = new BrokerAnalysis(new AnalyticsProperties(java.time.Duration.ofSeconds(1), 2017, 25, 5, 2));
		for (int run = 1; run <= 3; run++) {
			resetPeaks();
			long t0 = System.nanoTime();
			List<NetworkOverlap> overlaps = new MembershipOverlap(ids, networksOfPerson,
					MembershipOverlap.Limits.DEFAULTS.withTopKPerNetwork(25)).overlaps();
			long t1 = System.nanoTime();
			Map<String, Set<String>> noValues = new HashMap<>();
			ids.forEach(id -> noValues.put(id, Set.of()));
			List<NetworkCluster> clusters = new NetworkClustering(new NetworkSimilarityGraph(noValues, overlaps).graph(),
					2017).clusters();
			int[] clusterOf = new int[ids.size()];
			clusters.forEach(c -> c.networks().forEach(n -> clusterOf[networkIndex.get(n)] = c.id()));
			long t2 = System.nanoTime();
			Snapshot snapshot = new Snapshot(projection, overlaps, List.of(), clusters, clusterOf, Instant.now(), List.of(),
					new java.util.concurrent.ConcurrentHashMap<>());
			BrokerAnalysis.Brokers result = brokers.compute(snapshot);
			long t3 = System.nanoTime();
			System.out.printf(
					"run %d: overlaps %d ms (%,d pairs), clusters %d ms (%d), brokers %d ms (network sources %d, people sources %d, %d person brokers); peak heap %d MiB%n",
					run, (t1 - t0) / 1_000_000, overlaps.size(), (t2 - t1) / 1_000_000, clusters.size(),
					(t3 - t2) / 1_000_000, result.networkSources(), result.peopleSources(), result.people().size(),
					peak() >> 20);
		}
	}

	private static long used() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** Sum of the heap pools' peaks: an upper bound of the peak in use (pools peak at different moments). */
	private static long peak() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum();
	}

}
