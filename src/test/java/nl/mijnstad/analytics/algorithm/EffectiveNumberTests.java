package nl.mijnstad.analytics.algorithm;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class EffectiveNumberTests {

	@Test
	void noCountsGiveZero() {
		assertThat(EffectiveNumber.of().value()).isZero();
		assertThat(EffectiveNumber.of(0, 0).value()).isZero();
	}

	@Test
	void oneCategoryGivesOne() {
		assertThat(EffectiveNumber.of(7).value()).isEqualTo(1.0);
		assertThat(EffectiveNumber.of(0, 7, 0).value()).isEqualTo(1.0);
	}

	@Test
	void equalCategoriesGiveTheirNumber() {
		assertThat(EffectiveNumber.of(3, 3, 3, 3).value()).isCloseTo(4.0, within(1e-12));
		assertThat(EffectiveNumber.of(Map.of("SPORT", 2, "CULTURE", 2)).value()).isCloseTo(2.0, within(1e-12));
	}

	@Test
	void unevenSpreadLiesBetween() {
		// shares 3/4 and 1/4: H = -(0.75 ln 0.75 + 0.25 ln 0.25) = 0.562335..., exp(H) = 1.754765...
		EffectiveNumber diversity = EffectiveNumber.of(3, 1);

		assertThat(diversity.entropy()).isCloseTo(0.5623351446, within(1e-9));
		assertThat(diversity.value()).isCloseTo(1.7547654, within(1e-6));
		assertThat(diversity.categories()).isEqualTo(2);
	}

	@Test
	void rejectsNegativeCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> EffectiveNumber.of(1, -1)).withMessageContaining("negative");
		assertThatIllegalArgumentException().isThrownBy(() -> new EffectiveNumber(null));
	}

	@Property
	void liesBetweenOneAndTheNumberOfCategories(@ForAll @Size(min = 1, max = 20) List<@IntRange(max = 1000) Integer> counts) {
		EffectiveNumber diversity = new EffectiveNumber(counts);
		if (diversity.categories() == 0) {
			assertThat(diversity.value()).isZero();
		}
		else {
			assertThat(diversity.value()).isBetween(1.0 - 1e-9, diversity.categories() + 1e-9);
		}
	}

	@Property
	void scalingAllCountsChangesNothing(@ForAll @Size(max = 20) List<@IntRange(max = 1000) Integer> counts,
			@ForAll @IntRange(min = 1, max = 50) int factor) {
		List<Integer> scaled = counts.stream().map((count) -> count * factor).toList();

		assertThat(new EffectiveNumber(scaled).value()).isCloseTo(new EffectiveNumber(counts).value(), within(1e-9));
	}

	@Property
	void orderOfCategoriesChangesNothing(@ForAll @Size(max = 20) List<@IntRange(max = 1000) Integer> counts) {
		int[] sorted = counts.stream().mapToInt(Integer::intValue).sorted().toArray();

		assertThat(EffectiveNumber.of(sorted).value()).isCloseTo(new EffectiveNumber(counts).value(), within(1e-9));
		assertThat(Arrays.stream(sorted).sum()).isEqualTo(counts.stream().mapToInt(Integer::intValue).sum());
	}

}
