package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What sets each cluster of networks apart: the values over-represented in a cluster against all other
 * networks, by the representativeness of Pol.is (Small et al. 2021) and a one-sided two-proportion z-test;
 * takes O(H + C·V) for H (network, value) holdings, C clusters and V values.
 *
 * <p>repness = ((a_in + 1) / (n_in + 2)) / ((a_out + 1) / (n_out + 2)), smoothed so that a cluster of two
 * networks cannot look infinitely distinctive. z = (p_in − p_out) / √(p̂ (1 − p̂) (1/n_in + 1/n_out)) with
 * the pooled share p̂, the plain textbook test without smoothing (the smoothing lives in repness). A value
 * is kept when z exceeds the threshold (default 1.6449, one-sided p &lt; 0.05) and repness exceeds 1;
 * when everyone or no one holds a value, p̂ (1 − p̂) = 0 and z is 0: no evidence. With a single cluster
 * there is no outside to compare with and nothing is distinctive. Per cluster, values are sorted by repness,
 * then z, highest first, then by key. The test is repeated for every value and cluster without correction
 * for multiple comparisons, so read the list as "worth a look", not as proof.
 */
public final class DistinctiveValues {

	/** One-sided 5 % critical value of the standard normal distribution. */
	public static final double DEFAULT_MIN_Z = 1.6449;

	private final Map<String, Integer> clusterOfNetwork;

	private final Map<String, Set<String>> valuesOfNetwork;

	private final double minZ;

	private Map<Integer, List<DistinctiveValue>> result;

	/** Distinctive values at one-sided p &lt; 0.05. */
	public DistinctiveValues(Map<String, Integer> clusterOfNetwork, Map<String, ? extends Set<String>> valuesOfNetwork) {
		this(clusterOfNetwork, valuesOfNetwork, DEFAULT_MIN_Z);
	}

	/**
	 * @param clusterOfNetwork per network, its cluster id; these networks are the whole population
	 * @param valuesOfNetwork per network, the value keys it holds; a network missing here holds none
	 * @param minZ the z a value must exceed to be kept
	 */
	public DistinctiveValues(Map<String, Integer> clusterOfNetwork, Map<String, ? extends Set<String>> valuesOfNetwork,
			double minZ) {
		if (clusterOfNetwork == null || valuesOfNetwork == null) {
			throw new IllegalArgumentException("clusterOfNetwork and valuesOfNetwork must not be null");
		}
		if (Double.isNaN(minZ)) {
			throw new IllegalArgumentException("minZ must be a number");
		}
		clusterOfNetwork.forEach((network, cluster) -> {
			if (network == null || cluster == null) {
				throw new IllegalArgumentException("network ids and cluster ids must not be null");
			}
		});
		this.clusterOfNetwork = Map.copyOf(clusterOfNetwork);
		this.valuesOfNetwork = new HashMap<>();
		valuesOfNetwork.forEach((network, values) -> {
			if (!this.clusterOfNetwork.containsKey(network)) {
				throw new IllegalArgumentException("network '" + network + "' holds values but is in no cluster");
			}
			if (values == null || values.stream().anyMatch((value) -> value == null)) {
				throw new IllegalArgumentException("values of network '" + network + "' must not be null");
			}
			this.valuesOfNetwork.put(network, Set.copyOf(values));
		});
		this.minZ = minZ;
	}

	/** Per cluster id (every cluster, ascending), its distinctive values, most distinctive first. */
	public synchronized Map<Integer, List<DistinctiveValue>> byCluster() {
		if (this.result == null) {
			this.result = compute();
		}
		return this.result;
	}

	/** The distinctive values of one cluster, most distinctive first. */
	public List<DistinctiveValue> of(int cluster) {
		List<DistinctiveValue> values = byCluster().get(cluster);
		if (values == null) {
			throw new IllegalArgumentException("there is no cluster " + cluster);
		}
		return values;
	}

	private Map<Integer, List<DistinctiveValue>> compute() {
		int total = this.clusterOfNetwork.size();
		Map<Integer, Integer> sizes = new TreeMap<>();
		Map<String, Integer> holders = new HashMap<>();
		Map<Integer, Map<String, Integer>> holdersIn = new HashMap<>();
		this.clusterOfNetwork.forEach((network, cluster) -> {
			sizes.merge(cluster, 1, Integer::sum);
			for (String value : this.valuesOfNetwork.getOrDefault(network, Set.of())) {
				holders.merge(value, 1, Integer::sum);
				holdersIn.computeIfAbsent(cluster, (c) -> new HashMap<>()).merge(value, 1, Integer::sum);
			}
		});
		Map<Integer, List<DistinctiveValue>> byCluster = new TreeMap<>();
		sizes.forEach((cluster, size) -> {
			List<DistinctiveValue> distinctive = new ArrayList<>();
			holdersIn.getOrDefault(cluster, Map.of()).forEach((value, in) -> {
				DistinctiveValue candidate = test(value, in, size, holders.get(value) - in, total - size);
				if (candidate.z() > this.minZ && candidate.repness() > 1) {
					distinctive.add(candidate);
				}
			});
			distinctive.sort(Comparator.comparingDouble(DistinctiveValue::repness)
				.thenComparingDouble(DistinctiveValue::z)
				.reversed()
				.thenComparing(DistinctiveValue::value));
			byCluster.put(cluster, List.copyOf(distinctive));
		});
		return Collections.unmodifiableMap(byCluster);
	}

	static DistinctiveValue test(String value, int in, int inSize, int out, int outSize) {
		double repness = ((in + 1.0) / (inSize + 2.0)) / ((out + 1.0) / (outSize + 2.0));
		double z = 0.0;
		if (outSize > 0) {
			double pooled = (double) (in + out) / (inSize + outSize);
			double variance = pooled * (1 - pooled) * (1.0 / inSize + 1.0 / outSize);
			if (variance > 0) {
				z = ((double) in / inSize - (double) out / outSize) / Math.sqrt(variance);
			}
		}
		return new DistinctiveValue(value, in, inSize, out, outSize, repness, z);
	}

}
