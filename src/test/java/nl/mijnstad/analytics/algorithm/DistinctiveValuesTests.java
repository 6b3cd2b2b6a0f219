package nl.mijnstad.analytics.algorithm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class DistinctiveValuesTests {

	@Test
	void handCheckedRepnessAndZ() {
		// Cluster 0: 10 networks, 8 hold "groen"; cluster 1: 20 networks, 4 hold "groen".
		// repness = (9/12) / (5/22) = 3.3; p_in 0.8, p_out 0.2, pooled 0.4:
		// z = 0.6 / √(0.24 · (1/10 + 1/20)) = 0.6 / √0.036 = 3.16228
		Map<String, Integer> clusters = new HashMap<>();
		Map<String, Set<String>> values = new HashMap<>();
		for (int n = 0; n < 30; n++) {
			clusters.put("n" + n, (n < 10) ? 0 : 1);
			boolean green = (n < 8) || (n >= 10 && n < 14);
			values.put("n" + n, green ? Set.of("groen") : Set.of());
		}

		DistinctiveValues distinctive = new DistinctiveValues(clusters, values);

		assertThat(distinctive.of(0)).hasSize(1);
		DistinctiveValue groen = distinctive.of(0).get(0);
		assertThat(groen.value()).isEqualTo("groen");
		assertThat(groen.holdersInCluster()).isEqualTo(8);
		assertThat(groen.clusterSize()).isEqualTo(10);
		assertThat(groen.holdersOutside()).isEqualTo(4);
		assertThat(groen.outsideSize()).isEqualTo(20);
		assertThat(groen.repness()).isCloseTo(3.3, within(1e-12));
		assertThat(groen.z()).isCloseTo(0.6 / Math.sqrt(0.036), within(1e-12));
		// Under-represented in cluster 1: not distinctive there.
		assertThat(distinctive.of(1)).isEmpty();
	}

	@Test
	void keepsOnlySignificantValuesSortedByRepness() {
		Map<String, Integer> clusters = new HashMap<>();
		Map<String, Set<String>> values = new HashMap<>();
		for (int n = 0; n < 40; n++) {
			clusters.put("n" + n, (n < 20) ? 0 : 1);
		}
		// "muziek": 20/20 in cluster 0, 2/20 outside; "cultuur": 15/20 vs 5/20; "groen": 11/20 vs 9/20 (not significant)
		for (int n = 0; n < 40; n++) {
			Set<String> own = new HashSet<>();
			if (n < 20 || n == 20 || n == 21) {
				own.add("muziek");
			}
			if (n < 15 || (n >= 20 && n < 25)) {
				own.add("cultuur");
			}
			if (n < 11 || (n >= 20 && n < 29)) {
				own.add("groen");
			}
			values.put("n" + n, own);
		}

		List<DistinctiveValue> cluster0 = new DistinctiveValues(clusters, values).of(0);

		assertThat(cluster0).extracting(DistinctiveValue::value).containsExactly("muziek", "cultuur");
		// muziek: (21/22) / (3/22) = 7; cultuur: (16/22) / (6/22) = 8/3
		assertThat(cluster0.get(0).repness()).isCloseTo(7.0, within(1e-12));
		assertThat(cluster0.get(1).repness()).isCloseTo(8.0 / 3, within(1e-12));
	}

	@Test
	void aValueEveryoneHoldsIsNotDistinctiveAndOneClusterHasNoOutside() {
		assertThat(DistinctiveValues.test("v", 5, 5, 10, 10).z()).isZero();
		Map<String, Integer> one = Map.of("a", 0, "b", 0);

		assertThat(new DistinctiveValues(one, Map.of("a", Set.of("groen"))).of(0)).isEmpty();
	}

	@Test
	void everyClusterIsListedEvenWithoutValues() {
		DistinctiveValues distinctive = new DistinctiveValues(Map.of("a", 0, "b", 1, "c", 2), Map.of());

		assertThat(distinctive.byCluster()).containsOnlyKeys(0, 1, 2);
		assertThatIllegalArgumentException().isThrownBy(() -> distinctive.of(3)).withMessageContaining("no cluster 3");
	}

	@Test
	void rejectsValuesOfUnclusteredNetworks() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DistinctiveValues(Map.of("a", 0), Map.of("b", Set.of("groen"))))
			.withMessageContaining("'b' holds values but is in no cluster");
	}

}
