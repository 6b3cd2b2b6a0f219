package nl.mijnstad.demo.city;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LargerScaleTests {

	@Test
	void provinceHasTheRealCityAmongSyntheticMunicipalities() {
		DemoCity province = new CityGenerator(new CityPlan(Scale.PROVINCE, 7)).generate();
		CityInvariants.check(province);
		assertThat(province.districts()).hasSizeBetween(55, 65);
		assertThat(province.networks()).hasSizeBetween(1_800, 2_200);
		assertThat(province.people()).hasSizeBetween(36_000, 44_000);
		assertThat(province.gatherings()).hasSizeBetween(1_000, 1_400);
		assertThat(province.districts().stream().filter(d -> d.code().startsWith("WK0796"))
			.mapToInt(DemoDistrict::population).sum()).isEqualTo(160_760);
		assertThat(province.districts()).filteredOn(d -> !d.code().startsWith("WK0796"))
			.allSatisfy(d -> assertThat(d.code()).matches("WK9\\d{5}"))
			.anySatisfy(d -> assertThat(d.ageBands()).isEmpty())
			.anySatisfy(d -> assertThat(d.ageBands().values().stream().mapToInt(Integer::intValue).sum())
				.isEqualTo(d.population()));
		assertThat(province.districts()).extracting(DemoDistrict::name).doesNotHaveDuplicates();
	}

	@Test
	void nationHasAMillionMemberships() {
		DemoCity nation = new CityGenerator(new CityPlan(Scale.NATION, 11)).generate();
		CityInvariants.check(nation);
		assertThat(nation.districts()).hasSizeBetween(380, 420);
		assertThat(nation.networks()).hasSizeBetween(19_000, 21_000);
		assertThat(nation.people()).hasSizeBetween(190_000, 210_000);
		assertThat(nation.memberships()).hasSizeBetween(850_000, 1_150_000);
		assertThat(nation.gatherings()).hasSizeBetween(7_000, 9_000);
		Set<String> reached = nation.gatherings().stream().map(DemoGathering::networkId).collect(Collectors.toSet());
		assertThat(reached.size()).isLessThan(nation.networks().size());
	}

}
