package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class RepresentationTests {

	// North: 1,000 residents, 50 reached; South: 3,000 and 50; West: 1,000 and 0; 25 reached without a district.
	private final Representation city = new Representation(List.of(new StratumCount("north", 1_000, 50),
			new StratumCount("south", 3_000, 50), new StratumCount("west", 1_000, 0)), 25);

	@Test
	void ratesSharesAndIndicesPerStratum() {
		List<StratumRepresentation> rows = this.city.strata();

		assertThat(rows).extracting(StratumRepresentation::stratum).containsExactly("north", "south", "west", "unknown");
		StratumRepresentation north = rows.get(0);
		assertThat(north.rate().getAsDouble()).isCloseTo(0.05, within(1e-12));
		// Shares of reached are over the 100 with a known district, not the 125 in all.
		assertThat(north.reachedShare().getAsDouble()).isCloseTo(0.5, within(1e-12));
		assertThat(north.populationShare().getAsDouble()).isCloseTo(0.2, within(1e-12));
		assertThat(north.representationIndex().getAsDouble()).isCloseTo(2.5, within(1e-12));
		assertThat(rows.get(1).representationIndex().getAsDouble()).isCloseTo(0.5 / 0.6, within(1e-12));
		assertThat(rows.get(2).representationIndex().getAsDouble()).isZero();
		StratumRepresentation unknown = rows.get(3);
		assertThat(unknown.reached()).isEqualTo(25);
		assertThat(unknown.reachedShare().getAsDouble()).isCloseTo(0.2, within(1e-12));
		assertThat(unknown.rate()).isEmpty();
		assertThat(unknown.representationIndex()).isEmpty();
	}

	@Test
	void totalsScoresAndSimilarity() {
		assertThat(this.city.totalPopulation()).isEqualTo(5_000);
		assertThat(this.city.totalReached()).isEqualTo(125);
		assertThat(this.city.unknownShare().getAsDouble()).isCloseTo(0.2, within(1e-12));
		// West is not reached at all.
		assertThat(this.city.rScore().getAsDouble()).isZero();
		// min(0.2, 0.5) + min(0.6, 0.5) + min(0.2, 0) = 0.7
		assertThat(this.city.proportionalSimilarity().getAsDouble()).isCloseTo(0.7, within(1e-12));
		assertThat(this.city.representationIndices()).containsOnlyKeys("north", "south", "west");
	}

	@Test
	void rScoreIsTheLowestRateOverTheHighest() {
		Representation twoDistricts = new Representation(
				List.of(new StratumCount("north", 1_000, 50), new StratumCount("south", 3_000, 50)), 0);

		assertThat(twoDistricts.rScore().getAsDouble()).isCloseTo((50.0 / 3_000) / 0.05, within(1e-12));
		assertThat(twoDistricts.strata()).hasSize(2);
	}

	@Test
	void undefinedMeasuresAreEmpty() {
		Representation nobody = new Representation(List.of(new StratumCount("north", 1_000, 0)), 0);
		Representation noPopulation = new Representation(List.of(new StratumCount("new", 0, 4)), 0);

		assertThat(nobody.rScore()).isEmpty();
		assertThat(nobody.proportionalSimilarity()).isEmpty();
		assertThat(nobody.unknownShare()).isEmpty();
		assertThat(nobody.strata().get(0).reachedShare()).isEmpty();
		assertThat(noPopulation.strata().get(0).rate()).isEmpty();
		assertThat(noPopulation.strata().get(0).representationIndex()).isEmpty();
		assertThat(noPopulation.strata().get(0).reachedShare()).isEqualTo(OptionalDouble.of(1.0));
	}

	@Test
	void rejectsBadInput() {
		assertThatIllegalArgumentException().isThrownBy(() -> new StratumCount("north", -1, 0))
			.withMessageContaining("negative");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Representation(List.of(new StratumCount("unknown", 1, 0)), 0))
			.withMessageContaining("reserved");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Representation(
					List.of(new StratumCount("north", 1, 0), new StratumCount("north", 2, 0)), 0))
			.withMessageContaining("more than once");
		assertThatIllegalArgumentException().isThrownBy(() -> new Representation(List.of(), -1));
	}

	@Property
	void indicesWeightedByPopulationShareAverageToOne(
			@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 100_000) Integer> populations,
			@ForAll @Size(min = 1, max = 12) List<@IntRange(max = 5_000) Integer> reached,
			@ForAll @IntRange(max = 1_000) int unknown) {
		List<StratumCount> strata = new ArrayList<>();
		for (int s = 0; s < Math.min(populations.size(), reached.size()); s++) {
			strata.add(new StratumCount("s" + s, populations.get(s), reached.get(s)));
		}
		Representation representation = new Representation(strata, unknown);
		double weighted = 0;
		boolean anyoneKnownReached = strata.stream().anyMatch((stratum) -> stratum.reached() > 0);
		for (StratumRepresentation row : representation.strata()) {
			if (!row.stratum().equals(Representation.UNKNOWN) && anyoneKnownReached) {
				weighted += row.populationShare().getAsDouble() * row.representationIndex().getAsDouble();
			}
		}

		if (anyoneKnownReached) {
			assertThat(weighted).isCloseTo(1.0, within(1e-9));
			assertThat(representation.proportionalSimilarity().getAsDouble()).isBetween(0.0, 1.0 + 1e-12);
			assertThat(representation.rScore().getAsDouble()).isBetween(0.0, 1.0);
		}
		else {
			assertThat(representation.rScore()).isEmpty();
		}
	}

}
