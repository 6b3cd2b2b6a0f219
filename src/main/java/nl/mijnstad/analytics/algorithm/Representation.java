package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Coverage of the city by the people reached, per stratum (districts or age bands): rate, shares,
 * representation index, the R-score min rate ÷ max rate, and the proportional similarity
 * Σ min(population share, reached share); takes O(S) for S strata.
 *
 * <p>People reached without a known stratum (no district, no birth year) form the {@link #UNKNOWN}
 * stratum. They count in {@link #totalReached()} and their share of all reached is reported, so a reader
 * sees how much is unknown; but they have no population, so they get no rate or index, and the reached
 * shares of the known strata are taken over the people with a known stratum only. That assumes the
 * unknown are spread like the known: otherwise every stratum would look under-represented by the same
 * factor merely because some people did not give a district. The R-score and the proportional similarity
 * use strata with population above 0 only; a stratum with people reached but no population is listed,
 * with its reached share, but has no rate or index. Rates above 1 are possible when reference data is
 * older than the reach and are not capped.
 */
public final class Representation {

	/** The key of the stratum of people reached whose stratum is not known. */
	public static final String UNKNOWN = "unknown";

	private final List<StratumCount> strata;

	private final long reachedUnknown;

	private final long totalPopulation;

	private final long reachedKnown;

	/**
	 * @param strata population and reached per known stratum, each stratum once
	 * @param reachedUnknown people reached whose stratum is not known
	 */
	public Representation(Collection<StratumCount> strata, long reachedUnknown) {
		if (strata == null) {
			throw new IllegalArgumentException("strata must not be null");
		}
		if (reachedUnknown < 0) {
			throw new IllegalArgumentException("reachedUnknown must not be negative, got " + reachedUnknown);
		}
		Set<String> keys = new HashSet<>();
		long population = 0;
		long reached = 0;
		for (StratumCount stratum : strata) {
			if (stratum == null) {
				throw new IllegalArgumentException("strata must not contain null");
			}
			if (UNKNOWN.equals(stratum.stratum())) {
				throw new IllegalArgumentException("'" + UNKNOWN + "' is reserved; pass those people as reachedUnknown");
			}
			if (!keys.add(stratum.stratum())) {
				throw new IllegalArgumentException("stratum '" + stratum.stratum() + "' appears more than once");
			}
			population += stratum.population();
			reached += stratum.reached();
		}
		this.strata = List.copyOf(strata);
		this.reachedUnknown = reachedUnknown;
		this.totalPopulation = population;
		this.reachedKnown = reached;
	}

	/** Every stratum in input order, then the unknown stratum if anyone reached has no known stratum. */
	public List<StratumRepresentation> strata() {
		List<StratumRepresentation> rows = new ArrayList<>(this.strata.size() + 1);
		for (StratumCount stratum : this.strata) {
			OptionalDouble rate = ratio(stratum.reached(), stratum.population());
			OptionalDouble reachedShare = ratio(stratum.reached(), this.reachedKnown);
			OptionalDouble populationShare = ratio(stratum.population(), this.totalPopulation);
			OptionalDouble index = (reachedShare.isPresent() && populationShare.isPresent()
					&& populationShare.getAsDouble() > 0)
							? OptionalDouble.of(reachedShare.getAsDouble() / populationShare.getAsDouble())
							: OptionalDouble.empty();
			rows.add(new StratumRepresentation(stratum.stratum(), stratum.population(), stratum.reached(), rate,
					reachedShare, populationShare, index));
		}
		if (this.reachedUnknown > 0) {
			rows.add(new StratumRepresentation(UNKNOWN, 0, this.reachedUnknown, OptionalDouble.empty(),
					ratio(this.reachedUnknown, totalReached()), OptionalDouble.empty(), OptionalDouble.empty()));
		}
		return List.copyOf(rows);
	}

	/** Representation index per stratum that has one, for {@link FrontierScore}. */
	public Map<String, Double> representationIndices() {
		Map<String, Double> indices = new LinkedHashMap<>();
		for (StratumRepresentation row : strata()) {
			row.representationIndex().ifPresent((index) -> indices.put(row.stratum(), index));
		}
		return indices;
	}

	/** Residents over all known strata. */
	public long totalPopulation() {
		return this.totalPopulation;
	}

	/** Everyone reached, including those without a known stratum. */
	public long totalReached() {
		return this.reachedKnown + this.reachedUnknown;
	}

	/** The share of all reached people whose stratum is unknown; empty when nobody is reached. */
	public OptionalDouble unknownShare() {
		return ratio(this.reachedUnknown, totalReached());
	}

	/**
	 * min rate ÷ max rate over strata with population: 1 when every stratum is reached at the same rate,
	 * 0 when some stratum is not reached at all; empty when no stratum has population or nobody is reached.
	 */
	public OptionalDouble rScore() {
		double min = Double.POSITIVE_INFINITY;
		double max = 0;
		for (StratumCount stratum : this.strata) {
			if (stratum.population() > 0) {
				double rate = (double) stratum.reached() / stratum.population();
				min = Math.min(min, rate);
				max = Math.max(max, rate);
			}
		}
		return (max > 0) ? OptionalDouble.of(min / max) : OptionalDouble.empty();
	}

	/**
	 * Σ min(population share, reached share) over strata with population: 1 when the reached mirror the
	 * population, towards 0 the less they overlap; empty when there is no population or nobody known is
	 * reached.
	 */
	public OptionalDouble proportionalSimilarity() {
		if (this.totalPopulation == 0 || this.reachedKnown == 0) {
			return OptionalDouble.empty();
		}
		double similarity = 0;
		for (StratumCount stratum : this.strata) {
			if (stratum.population() > 0) {
				similarity += Math.min((double) stratum.population() / this.totalPopulation,
						(double) stratum.reached() / this.reachedKnown);
			}
		}
		return OptionalDouble.of(similarity);
	}

	private static OptionalDouble ratio(long numerator, long denominator) {
		return (denominator > 0) ? OptionalDouble.of((double) numerator / denominator) : OptionalDouble.empty();
	}

}
