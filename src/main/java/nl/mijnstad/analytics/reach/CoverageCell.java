package nl.mijnstad.analytics.reach;

import java.util.OptionalDouble;

import nl.mijnstad.analytics.algorithm.StratumRepresentation;

/**
 * One row of coverage: a district, an age band, or the people whose stratum is unknown. A measure is null where
 * it is undefined (no population) or suppressed (fewer than k people reached, for policymakers).
 *
 * @param key district code, age band ("0-14" … "65+") or "unknown"
 * @param name district name, age band, or a description of the unknown row
 * @param population residents (null for the unknown row)
 * @param reached people reached, each once
 * @param rate reached ÷ population
 * @param reachedShare reached ÷ all reached with a known stratum (for the unknown row: ÷ all reached)
 * @param populationShare population ÷ total population
 * @param representationIndex reachedShare ÷ populationShare: 1 proportional, below 1 under-represented
 * @param suppressed true when the numbers about people are hidden because fewer than k were reached
 */
public record CoverageCell(String key, String name, Long population, Long reached, Double rate, Double reachedShare,
		Double populationShare, Double representationIndex, boolean suppressed) {

	static CoverageCell of(StratumRepresentation stratum, String name, boolean unknown) {
		return new CoverageCell(stratum.stratum(), name, unknown ? null : stratum.population(), stratum.reached(),
				value(stratum.rate()), value(stratum.reachedShare()), unknown ? null : value(stratum.populationShare()),
				value(stratum.representationIndex()), false);
	}

	/** This cell with every number about the people in it hidden; the population is public reference data. */
	CoverageCell suppress() {
		return new CoverageCell(this.key, this.name, this.population, null, null, null, this.populationShare, null,
				true);
	}

	private static Double value(OptionalDouble value) {
		return value.isPresent() ? value.getAsDouble() : null;
	}

}
