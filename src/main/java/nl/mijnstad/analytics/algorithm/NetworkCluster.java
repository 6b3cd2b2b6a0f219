package nl.mijnstad.analytics.algorithm;

import java.util.List;

/**
 * A group of networks that resemble each other more than chance would predict.
 *
 * @param id 0 for the largest cluster, then by size descending and smallest network id
 * @param networks the network ids in the cluster, sorted
 */
public record NetworkCluster(int id, List<String> networks) {

	public NetworkCluster {
		networks = List.copyOf(networks);
	}

}
