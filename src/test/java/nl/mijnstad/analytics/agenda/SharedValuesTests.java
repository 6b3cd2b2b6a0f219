package nl.mijnstad.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import nl.mijnstad.network.NetworkKind;

import org.junit.jupiter.api.Test;

/** Shared values on {@link SmallCity}, every number worked out by hand. */
class SharedValuesTests {

	private static List<SharedValue> count(AgendaFilter filter) {
		return SharedValues.count(SmallCity.projection(), SmallCity.CLUSTER_OF_NETWORK, filter);
	}

	private static SharedValue value(List<SharedValue> values, String key) {
		return values.stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void consensusIsTheProductOverClustersOfSmoothedAgreement() {
		List<SharedValue> values = count(AgendaFilter.EVERYTHING);
		// Cluster 0 has N = 3 reached networks, cluster 1 has N = 2 (n5 never held a gathering).
		SharedValue all = value(values, "all");
		assertThat(all.networks()).isEqualTo(5);
		assertThat(all.gatherings()).isEqualTo(6);
		assertThat(all.consensus()).isCloseTo((4.0 / 5) * (3.0 / 4), within(1e-12));
		assertThat(all.meanAgreement()).isCloseTo((4.0 / 5 + 3.0 / 4) / 2, within(1e-12));
		assertThat(all.clusters()).isEqualTo(2);
		assertThat(all.label()).isEqualTo("Iedereen");
		SharedValue three = value(values, "three");
		assertThat(three.consensus()).isCloseTo((4.0 / 5) * (1.0 / 4), within(1e-12));
		assertThat(three.clusters()).isEqualTo(1);
		SharedValue spread = value(values, "spread");
		assertThat(spread.consensus()).isCloseTo((2.0 / 5) * (3.0 / 4), within(1e-12));
		assertThat(spread.meanAgreement()).isCloseTo((2.0 / 5 + 3.0 / 4) / 2, within(1e-12));
	}

	@Test
	void orderIsNetworksThenConsensusSoASpreadValueBeatsABlocValueOfEqualSupport() {
		assertThat(count(AgendaFilter.EVERYTHING)).extracting(SharedValue::key).containsExactly("all", "spread", "three");
	}

	@Test
	void diversityIsTheEffectiveNumberOfKindsAndDistricts() {
		SharedValue all = value(count(AgendaFilter.EVERYTHING), "all");
		// kinds SPORT 2, CULTURE 1, CARE 2 of 5; districts WK079601 3, WK079602 2.
		double kinds = Math.exp(-(2 * 0.4 * Math.log(0.4) + 0.2 * Math.log(0.2)));
		double districts = Math.exp(-(0.6 * Math.log(0.6) + 0.4 * Math.log(0.4)));
		assertThat(all.diversity().kinds()).isCloseTo(kinds, within(1e-12));
		assertThat(all.diversity().districts()).isCloseTo(districts, within(1e-12));
		assertThat(value(count(AgendaFilter.EVERYTHING), "three").diversity().districts()).isEqualTo(1.0);
	}

	@Test
	void aPeriodNarrowsTheReachedNetworksAsWellAsTheHolders() {
		List<SharedValue> values = count(new AgendaFilter(null, null, LocalDate.parse("2019-01-01"), null));
		// Only g4 (n4, cluster 1) and g5 (n0, cluster 0): N = 1 in each cluster.
		assertThat(values).extracting(SharedValue::key).containsExactly("all", "spread");
		assertThat(value(values, "all").networks()).isEqualTo(2);
		assertThat(value(values, "all").gatherings()).isEqualTo(2);
		assertThat(value(values, "all").consensus()).isCloseTo((2.0 / 3) * (2.0 / 3), within(1e-12));
		assertThat(value(values, "spread").consensus()).isCloseTo((1.0 / 3) * (2.0 / 3), within(1e-12));
	}

	@Test
	void aKindOrDistrictDropsClustersWithoutNetworksInScope() {
		List<SharedValue> care = count(new AgendaFilter(null, NetworkKind.CARE, null, null));
		assertThat(care).extracting(SharedValue::key).containsExactlyInAnyOrder("all", "spread");
		assertThat(value(care, "all").consensus()).isCloseTo(3.0 / 4, within(1e-12));
		List<SharedValue> binnenstad = count(new AgendaFilter("WK079601", null, null, LocalDate.parse("2017-12-31")));
		assertThat(value(binnenstad, "three").networks()).isEqualTo(3);
		assertThat(value(binnenstad, "three").consensus()).isCloseTo(4.0 / 5, within(1e-12));
		assertThat(value(binnenstad, "all").gatherings()).isEqualTo(3);
	}

	@Test
	void noGatheringInScopeGivesNoValues() {
		assertThat(count(new AgendaFilter(null, NetworkKind.YOUTH, null, null))).isEmpty();
	}

}
