package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shared values across clusters of networks by the group-aware consensus of Pol.is (Small et al. 2021):
 * for each cluster g with N_g reached networks of which n_g(v) hold value v, the agreement
 * (n_g(v) + 1) / (N_g + 2); consensus(v) is the product over clusters, so a value must be held in every
 * cluster to score high, however large one cluster is. Takes O(V·G) for V values and G clusters.
 *
 * <p>The +1/+2 (Laplace) smoothing keeps a small cluster from zeroing or dominating the product. The
 * product shrinks with the number of clusters, so compare consensus only between values over the same
 * clustering; {@code meanAgreement} is the plain mean for a reader who wants a number between 0 and 1.
 * A cluster missing from a value's counts holds it in 0 networks. Results are ordered by consensus,
 * then mean agreement, highest first, then by key.
 */
public final class GroupAwareConsensus {

	private final Map<String, Integer> reachedPerCluster;

	private final Map<String, Map<String, Integer>> holdersPerValue;

	private List<ValueConsensus> result;

	/**
	 * @param reachedPerCluster N_g: per cluster id, the reached networks in it (at least 1)
	 * @param holdersPerValue per value key, per cluster id, n_g(v): the networks of that cluster holding the
	 * value, between 0 and N_g
	 */
	public GroupAwareConsensus(Map<String, Integer> reachedPerCluster,
			Map<String, ? extends Map<String, Integer>> holdersPerValue) {
		if (reachedPerCluster == null || reachedPerCluster.isEmpty()) {
			throw new IllegalArgumentException("reachedPerCluster must name at least one cluster");
		}
		if (holdersPerValue == null) {
			throw new IllegalArgumentException("holdersPerValue must not be null");
		}
		reachedPerCluster.forEach((cluster, reached) -> {
			if (cluster == null || reached == null || reached < 1) {
				throw new IllegalArgumentException(
						"every cluster needs an id and at least 1 reached network, got " + cluster + "=" + reached);
			}
		});
		this.reachedPerCluster = new TreeMap<>(reachedPerCluster);
		this.holdersPerValue = new TreeMap<>();
		holdersPerValue.forEach((value, holders) -> {
			if (value == null || holders == null) {
				throw new IllegalArgumentException("values and their counts must not be null");
			}
			holders.forEach((cluster, count) -> {
				Integer reached = this.reachedPerCluster.get(cluster);
				if (reached == null) {
					throw new IllegalArgumentException("value '" + value + "' names unknown cluster '" + cluster + "'");
				}
				if (count == null || count < 0 || count > reached) {
					throw new IllegalArgumentException("value '" + value + "' is held by " + count + " networks of cluster '"
							+ cluster + "', which has " + reached);
				}
			});
			this.holdersPerValue.put(value, Map.copyOf(holders));
		});
	}

	/** Every value with its consensus, most broadly shared first. */
	public synchronized List<ValueConsensus> values() {
		if (this.result == null) {
			List<ValueConsensus> values = new ArrayList<>(this.holdersPerValue.size());
			this.holdersPerValue.forEach((value, holders) -> values.add(consensus(value, holders)));
			values.sort(Comparator.comparingDouble(ValueConsensus::consensus)
				.thenComparingDouble(ValueConsensus::meanAgreement)
				.reversed()
				.thenComparing(ValueConsensus::value));
			this.result = List.copyOf(values);
		}
		return this.result;
	}

	private ValueConsensus consensus(String value, Map<String, Integer> holders) {
		double product = 1.0;
		double sum = 0.0;
		for (Map.Entry<String, Integer> cluster : this.reachedPerCluster.entrySet()) {
			double agreement = (holders.getOrDefault(cluster.getKey(), 0) + 1.0) / (cluster.getValue() + 2.0);
			product *= agreement;
			sum += agreement;
		}
		return new ValueConsensus(value, product, sum / this.reachedPerCluster.size());
	}

}
