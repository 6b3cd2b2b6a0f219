package nl.mijnstad.analytics.agenda;

/**
 * One value and how broadly it is shared, counted over networks (never people).
 *
 * @param key the vocabulary key
 * @param label how the value reads
 * @param networks distinct networks holding the value in at least one gathering
 * @param gatherings gatherings holding the value
 * @param consensus group-aware consensus Π_g (n_g + 1) / (N_g + 2) over the clusters with reached networks
 * @param meanAgreement the mean over those clusters of (n_g + 1) / (N_g + 2), between 0 and 1
 * @param diversity how diverse the networks holding it are
 * @param clusters how many clusters hold it in at least one network
 */
public record SharedValue(String key, String label, int networks, int gatherings, double consensus,
		double meanAgreement, Diversity diversity, int clusters) {

	/**
	 * Effective numbers (exp of the Shannon entropy) of the supporters' categories.
	 *
	 * @param kinds of the network kinds among the networks holding the value
	 * @param districts of the districts those networks are active in (a network active in two counts in both)
	 */
	public record Diversity(double kinds, double districts) {
	}

}
