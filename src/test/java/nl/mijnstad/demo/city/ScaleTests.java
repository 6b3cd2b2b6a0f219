package nl.mijnstad.demo.city;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ScaleTests {

	@Test
	void parsesNamesIgnoringCaseAndSpace() {
		assertThat(Scale.parse("city")).isEqualTo(Scale.CITY);
		assertThat(Scale.parse(" Province ")).isEqualTo(Scale.PROVINCE);
		assertThat(Scale.parse("NATION")).isEqualTo(Scale.NATION);
	}

	@Test
	void rejectsUnknownScaleNamingTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> Scale.parse("world"))
			.withMessageContaining("city, province, nation");
		assertThatIllegalArgumentException().isThrownBy(() -> Scale.parse(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> Scale.parse(null));
	}

	@Test
	void planNeedsAScale() {
		assertThatNullPointerException().isThrownBy(() -> new CityPlan(null, 1));
		assertThatNullPointerException().isThrownBy(() -> new CityGenerator(null));
	}

}
