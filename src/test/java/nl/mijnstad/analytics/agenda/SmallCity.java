package nl.mijnstad.analytics.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mijnstad.analytics.GraphProjection;

/**
 * A hand-made projection for unit tests: six networks in two clusters, the last never reached.
 * Cluster 0: n0 SPORT, n1 SPORT, n2 CULTURE, all in WK079601. Cluster 1: n3 CARE, n4 CARE in WK079602, n5 CARE
 * (unreached).
 */
final class SmallCity {

	static final int[] CLUSTER_OF_NETWORK = { 0, 0, 0, 1, 1, 1 };

	private SmallCity() {
	}

	static GraphProjection projection() {
		List<GraphProjection.Network> networks = new ArrayList<>();
		String[] kinds = { "SPORT", "SPORT", "CULTURE", "CARE", "CARE", "CARE" };
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < 6; i++) {
			networks.add(new GraphProjection.Network(i, "n" + i, "Netwerk " + i, kinds[i],
					List.of(i < 3 ? "WK079601" : "WK079602"), i < 5));
			index.put("n" + i, i);
		}
		List<GraphProjection.Gathering> gatherings = List.of(
				gathering("g0", 0, "2017-01-10", List.of("all", "three"), List.of("x", "y", "z")),
				gathering("g1", 1, "2017-02-10", List.of("all", "three", "spread"), List.of("y", "z")),
				gathering("g2", 2, "2017-03-10", List.of("all", "three"), List.of("z", "x")),
				gathering("g3", 3, "2017-04-10", List.of("all", "spread"), List.of("p", "q")),
				gathering("g4", 4, "2019-01-10", List.of("all", "spread"), List.of("q", "p")),
				gathering("g5", 0, "2019-02-01", List.of("all"), List.of("x")));
		int[][] membersOfNetwork = { { 0, 1 }, { 1 }, { 2 }, { 3 }, { 3, 4 }, { 5 } };
		int[][] networksOfPerson = { { 0 }, { 0, 1 }, { 2 }, { 3, 4 }, { 4 }, { 5 } };
		List<GraphProjection.Person> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			people.add(new GraphProjection.Person(i, "p" + i, null, null));
		}
		return new GraphProjection(List.of(), List.copyOf(networks), Map.copyOf(index), List.copyOf(people),
				networksOfPerson, membersOfNetwork, List.of(), List.of(), gatherings,
				Map.of("all", "Iedereen", "three", "Drie", "spread", "Verspreid"),
				Map.of("x", "X-plein", "y", "Y-pad", "z", "Z-park"), Map.of("x", List.of("all")), List.of());
	}

	private static GraphProjection.Gathering gathering(String id, int network, String heldOn, List<String> values,
			List<String> ranking) {
		return new GraphProjection.Gathering(id, network, LocalDate.parse(heldOn), 10, values, ranking,
				switch (id) {
					case "g0" -> new int[] { 0, 1 };
					// Person 5 belongs only to the unreached n5, but attended a gathering of n3.
					case "g3" -> new int[] { 5 };
					default -> new int[0];
				});
	}

}
