package nl.mijnstad.analytics.algorithm;

/**
 * The input for one stratum (a district or an age band): how many people live in it and how many of them
 * the movement has reached.
 *
 * @param stratum the stratum key, e.g. a CBS district code
 * @param population residents, from reference data
 * @param reached people reached who belong to this stratum
 */
public record StratumCount(String stratum, long population, long reached) {

	public StratumCount {
		if (stratum == null || stratum.isBlank()) {
			throw new IllegalArgumentException("stratum must not be null or blank");
		}
		if (population < 0 || reached < 0) {
			throw new IllegalArgumentException(
					"population and reached of '" + stratum + "' must not be negative, got " + population + " and " + reached);
		}
	}

}
