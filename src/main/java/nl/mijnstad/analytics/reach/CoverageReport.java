package nl.mijnstad.analytics.reach;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Coverage of a municipality (or of every district loaded) by the people reached.
 *
 * @param municipality the municipality code, or null for all districts
 * @param computedAt when the snapshot was computed
 * @param k the smallest group shown to policymakers
 * @param population residents of the districts covered
 * @param reached people reached in those districts plus those without a known district (null when suppressed)
 * @param rScore min rate ÷ max rate over districts (1 even, 0 some district unreached)
 * @param proportionalSimilarity Σ min(population share, reached share) over districts
 * @param districts one row per district, then the "unknown" row if anyone reached has no district
 * @param ageBands the same per age band, over the districts that have age bands; null when none has
 */
public record CoverageReport(String municipality, Instant computedAt, int k, long population, Long reached,
		Double rScore, Double proportionalSimilarity, List<CoverageCell> districts, AgeCoverage ageBands) {

	/**
	 * Coverage per age band.
	 *
	 * @param districtsWithAgeBands how many of the districts covered have age bands; only their residents count
	 * @param referenceYear the year ages are taken at
	 * @param population residents of those districts
	 * @param rScore min rate ÷ max rate over age bands
	 * @param proportionalSimilarity Σ min(population share, reached share) over age bands
	 * @param bands one row per age band, then "unknown" for people reached without birth year or district
	 */
	public record AgeCoverage(int districtsWithAgeBands, int referenceYear, long population, Double rScore,
			Double proportionalSimilarity, List<CoverageCell> bands) {

		AgeCoverage suppressed(int k) {
			return new AgeCoverage(this.districtsWithAgeBands, this.referenceYear, this.population, this.rScore,
					this.proportionalSimilarity, suppress(this.bands, k));
		}

	}

	/**
	 * The policymakers' view: every cell with fewer than k people reached is hidden. When that hides exactly one
	 * cell of a breakdown, the next smallest is hidden too, or the total would give the hidden one away.
	 */
	CoverageReport suppressed() {
		return new CoverageReport(this.municipality, this.computedAt, this.k, this.population,
				(this.reached != null && this.reached < this.k) ? null : this.reached, this.rScore,
				this.proportionalSimilarity, suppress(this.districts, this.k),
				this.ageBands == null ? null : this.ageBands.suppressed(this.k));
	}

	static List<CoverageCell> suppress(List<CoverageCell> cells, int k) {
		List<CoverageCell> shown = new ArrayList<>(cells.size());
		int hidden = 0;
		for (CoverageCell cell : cells) {
			boolean small = cell.reached() != null && cell.reached() < k;
			shown.add(small ? cell.suppress() : cell);
			hidden += small ? 1 : 0;
		}
		if (hidden == 1 && cells.size() > 1) {
			int smallest = -1;
			for (int i = 0; i < shown.size(); i++) {
				CoverageCell cell = shown.get(i);
				if (!cell.suppressed() && (smallest < 0 || COMPARE.compare(cell, shown.get(smallest)) < 0)) {
					smallest = i;
				}
			}
			if (smallest >= 0) {
				shown.set(smallest, shown.get(smallest).suppress());
			}
		}
		return List.copyOf(shown);
	}

	private static final Comparator<CoverageCell> COMPARE = Comparator.comparing(CoverageCell::reached)
		.thenComparing(CoverageCell::key);

}
