package nl.mijnstad.analytics.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class CoverageReportTests {

	private static CoverageCell cell(String key, long population, long reached) {
		return new CoverageCell(key, key, population, reached, (double) reached / population, 0.1, 0.1, 1.0, false);
	}

	@Test
	void cellsUnderKAreHiddenButPopulationStays() {
		List<CoverageCell> shown = CoverageReport.suppress(
				List.of(cell("A", 1000, 2), cell("B", 1000, 4), cell("C", 1000, 50)), 5);
		assertThat(shown).extracting(CoverageCell::suppressed).containsExactly(true, true, false);
		assertThat(shown.get(0).reached()).isNull();
		assertThat(shown.get(0).rate()).isNull();
		assertThat(shown.get(0).representationIndex()).isNull();
		assertThat(shown.get(0).population()).isEqualTo(1000);
		assertThat(shown.get(2).reached()).isEqualTo(50);
	}

	@Test
	void aSingleHiddenCellTakesTheNextSmallestWithItSoTheTotalCannotRevealIt() {
		List<CoverageCell> shown = CoverageReport.suppress(
				List.of(cell("A", 1000, 3), cell("B", 1000, 40), cell("C", 1000, 9)), 5);
		assertThat(shown).extracting(CoverageCell::suppressed).containsExactly(true, false, true);
	}

	@Test
	void exactlyKIsShown() {
		assertThat(CoverageReport.suppress(List.of(cell("A", 10, 5), cell("B", 10, 6)), 5))
			.extracting(CoverageCell::suppressed)
			.containsExactly(false, false);
	}

	@Test
	void aSmallTotalIsHiddenToo() {
		CoverageReport report = new CoverageReport(null, Instant.EPOCH, 5, 2000, 3L, 0.5, 0.5,
				List.of(cell("A", 1000, 1), cell("B", 1000, 2)), null);
		CoverageReport suppressed = report.suppressed();
		assertThat(suppressed.reached()).isNull();
		assertThat(suppressed.districts()).allMatch(CoverageCell::suppressed);
	}

}
