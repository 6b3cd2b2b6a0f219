package nl.mijnstad.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DistrictCsvTests {

	@Test
	void readsDistrictsWithAgeBandsAndMunicipality() {
		DistrictCsv.Parsed parsed = DistrictCsv.parse("""
				code,name,population,age_0_14,age_15_24,age_25_44,age_45_64,age_65_plus,municipality
				WK001,"Oud, Centrum",1000,150,100,300,250,200,GM0001
				WK002,Noord,500,100,50,150,100,100,GM0001
				""");
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.rows()).hasSize(2);
		assertThat(parsed.rows().get(0).name()).isEqualTo("Oud, Centrum");
		assertThat(parsed.rows().get(0).ageBands()).containsExactly(150L, 100L, 300L, 250L, 200L);
		assertThat(parsed.rows().get(1).municipality()).isEqualTo("GM0001");
	}

	@Test
	void ageBandsAndMunicipalityAreOptional() {
		DistrictCsv.Parsed parsed = DistrictCsv.parse("code;name;population\r\nWK1;Een;10\r\n");
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.rows().get(0).ageBands()).isNull();
		assertThat(parsed.rows().get(0).municipality()).isNull();
	}

	@Test
	void reportsEveryBadRowWithItsSpreadsheetRowNumber() {
		DistrictCsv.Parsed parsed = DistrictCsv.parse("""
				code,name,population
				WK1,Een,10
				WK 2,,-3
				WK1,Weer een,veel
				WK4,Vier
				""");
		assertThat(parsed.headerOk()).isTrue();
		assertThat(parsed.problems()).extracting(DistrictCsv.RowReport::row).containsExactly(3, 4, 5);
		assertThat(parsed.problems().get(0).errors()).hasSize(3);
		assertThat(parsed.problems().get(1).errors()).anyMatch(e -> e.contains("row 2"))
			.anyMatch(e -> e.contains("whole number"));
		assertThat(parsed.problems().get(2).errors()).containsExactly("has 2 fields, the header has 3");
	}

	@Test
	void aBadHeaderIsReportedAsRowOne() {
		DistrictCsv.Parsed parsed = DistrictCsv.parse("code,naam,population,age_0_14\nWK1,Een,10,1\n");
		assertThat(parsed.headerOk()).isFalse();
		assertThat(parsed.problems().get(0).row()).isEqualTo(1);
		assertThat(parsed.problems().get(0).errors()).contains("unknown column 'naam'", "missing column 'name'")
			.anyMatch(e -> e.startsWith("age bands are all five"));
	}

	@Test
	void ageBandsMustAddUpToThePopulation() {
		DistrictCsv.Parsed parsed = DistrictCsv.parse(
				"code,name,population,age_0_14,age_15_24,age_25_44,age_45_64,age_65_plus\nWK1,Een,1000,1,1,1,1,1\n");
		assertThat(parsed.problems()).singleElement()
			.satisfies(r -> assertThat(r.errors()).containsExactly("age bands add up to 5, the population is 1000"));
		assertThat(DistrictCsv.records("a,\"b \"\"c\"\"\"\n")).isEqualTo(List.of(List.of("a", "b \"c\"")));
	}

}
