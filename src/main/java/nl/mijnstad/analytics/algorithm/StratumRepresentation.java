package nl.mijnstad.analytics.algorithm;

import java.util.OptionalDouble;

/**
 * How well one stratum is represented among the people reached; a measure is empty where it is undefined
 * (a stratum without population has no rate, the unknown stratum has no population).
 *
 * @param stratum the stratum key, or {@link Representation#UNKNOWN}
 * @param population residents
 * @param reached people reached in the stratum
 * @param rate reached / population
 * @param reachedShare reached / all reached with a known stratum; for the unknown stratum, unknown / all reached
 * @param populationShare population / total population
 * @param representationIndex reachedShare / populationShare: 1 is proportional, below 1 under-represented
 */
public record StratumRepresentation(String stratum, long population, long reached, OptionalDouble rate,
		OptionalDouble reachedShare, OptionalDouble populationShare, OptionalDouble representationIndex) {
}
