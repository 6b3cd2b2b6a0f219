package nl.mijnstad.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The band boundaries are CBS's: 0-14, 15-24, 25-44, 45-64, 65+, by age in the given year. */
class AgeBandsTests {

	@Test
	void eachBoundaryFallsInTheOlderBand() {
		assertThat(AgeBands.of(2010, 2024)).isEqualTo("0-14");
		assertThat(AgeBands.of(2009, 2024)).isEqualTo("15-24");
		assertThat(AgeBands.of(2000, 2024)).isEqualTo("15-24");
		assertThat(AgeBands.of(1999, 2024)).isEqualTo("25-44");
		assertThat(AgeBands.of(1979, 2024)).isEqualTo("45-64");
		assertThat(AgeBands.of(1959, 2024)).isEqualTo("65+");
		assertThat(AgeBands.of(null, 2024)).isNull();
	}

	@Test
	void everyBandHasItsDistrictProperty() {
		assertThat(AgeBands.LABELS.stream().map(AgeBands::districtProperty))
			.containsExactly("age_0_14", "age_15_24", "age_25_44", "age_45_64", "age_65_plus");
	}

}
