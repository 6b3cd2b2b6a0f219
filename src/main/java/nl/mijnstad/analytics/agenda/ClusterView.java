package nl.mijnstad.analytics.agenda;

import java.util.List;
import java.util.Map;

/**
 * A cluster of networks alike in values and members, and what sets it apart.
 *
 * @param id the cluster id (0 the largest)
 * @param size networks in the cluster
 * @param reached networks in the cluster that held a gathering
 * @param kinds networks per kind
 * @param networks the networks, by name
 * @param values the values over-represented in the cluster, most distinctive first
 */
public record ClusterView(int id, int size, int reached, Map<String, Integer> kinds, List<Member> networks,
		List<Distinctive> values) {

	/**
	 * A network in the cluster (an organisation, not a person).
	 *
	 * @param id the network id
	 * @param name its name
	 * @param kind its kind
	 * @param reached whether it held a gathering
	 */
	public record Member(String id, String name, String kind, boolean reached) {
	}

	/**
	 * A value held more in the cluster than outside it, among reached networks.
	 *
	 * @param key the vocabulary key
	 * @param label how it reads
	 * @param repness ((a_in + 1) / (n_in + 2)) / ((a_out + 1) / (n_out + 2))
	 * @param z the one-sided two-proportion z statistic, above 1.6449
	 * @param holdersInCluster a_in: reached networks of the cluster holding it
	 * @param clusterSize n_in: reached networks of the cluster
	 */
	public record Distinctive(String key, String label, double repness, double z, int holdersInCluster,
			int clusterSize) {
	}

}
