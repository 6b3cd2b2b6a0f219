package nl.mijnstad.analytics.algorithm;

/**
 * A value held more often by the networks of one cluster than by the rest, with the counts behind it.
 *
 * @param value the value key
 * @param holdersInCluster a_in: networks of the cluster that hold the value
 * @param clusterSize n_in: networks in the cluster
 * @param holdersOutside a_out: networks outside the cluster that hold the value
 * @param outsideSize n_out: networks outside the cluster
 * @param repness ((a_in + 1) / (n_in + 2)) / ((a_out + 1) / (n_out + 2)): how many times as common inside
 * @param z the two-proportion z statistic of a_in / n_in against a_out / n_out
 */
public record DistinctiveValue(String value, int holdersInCluster, int clusterSize, int holdersOutside,
		int outsideSize, double repness, double z) {
}
