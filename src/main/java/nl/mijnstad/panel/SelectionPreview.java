package nl.mijnstad.panel;

import java.util.List;

/**
 * What a selection would do, before anything is sent.
 *
 * @param consultationId the consultation
 * @param method the method used
 * @param seed the seed used
 * @param size the panel size asked
 * @param pool how many people there are, how many are eligible, and why the others are not
 * @param strata per category and value: the population share, the eligible people, the quota and the selection
 * @param feasibility whether the quotas can be met, and otherwise the smallest relaxation
 * @param probabilities the eligible people's selection probabilities (null when nobody can be selected)
 * @param selection the people who would be invited
 * @param digest a fingerprint of the selection, to pass as {@code expectedDigest} when sending
 */
public record SelectionPreview(String consultationId, SelectionMethod method, long seed, int size, Pool pool,
		List<StratumRow> strata, Feasibility feasibility, Probabilities probabilities, List<Selected> selection,
		String digest) {

	public SelectionPreview {
		strata = List.copyOf(strata);
		selection = List.copyOf(selection);
	}

	/**
	 * @param people everyone in the graph
	 * @param eligible who may be drawn
	 * @param excluded why the others may not, each person counted once under the first reason that applies
	 */
	public record Pool(long people, long eligible, Excluded excluded) {
	}

	/**
	 * @param noPanelConsent no open consent for the panel
	 * @param noEmail no e-mail address to send the invitation to
	 * @param alreadyInvited invited to this consultation already
	 * @param filters outside the targeting filters
	 * @param fatigue would exceed the contact-fatigue limits
	 * @param unknownStratum district or birth year unknown while stratifying by it
	 */
	public record Excluded(long noPanelConsent, long noEmail, long alreadyInvited, long filters, long fatigue,
			long unknownStratum) {
	}

	/**
	 * @param category the category
	 * @param value its value
	 * @param populationShare the share of the residents (of the targeted districts) with this value, if known
	 * @param eligible eligible people with this value
	 * @param min the quota's minimum
	 * @param max the quota's maximum
	 * @param selected selected people with this value
	 */
	public record StratumRow(Stratum category, String value, Double populationShare, long eligible, int min, int max,
			int selected) {
	}

	/**
	 * @param feasible whether a panel meets every quota
	 * @param reason why not, in words
	 * @param widening the total number of places the smallest relaxation adds
	 * @param relaxations the quotas that would have to change
	 */
	public record Feasibility(boolean feasible, String reason, int widening, List<Relaxation> relaxations) {

		public Feasibility {
			relaxations = List.copyOf(relaxations);
		}

	}

	/**
	 * @param category the quota's category
	 * @param value the quota's value
	 * @param min the minimum asked
	 * @param max the maximum asked
	 * @param relaxedMin the minimum that would make the quotas feasible
	 * @param relaxedMax the maximum that would make the quotas feasible
	 */
	public record Relaxation(Stratum category, String value, int min, int max, int relaxedMin, int relaxedMax) {
	}

	/**
	 * @param min the smallest probability of any eligible person
	 * @param mean the mean (the panel size over the pool)
	 * @param max the largest
	 * @param basis how they were found: exact (maximin's linear program) or estimated from seeded draws (legacy)
	 */
	public record Probabilities(double min, double mean, double max, String basis) {
	}

	/**
	 * @param personId the person
	 * @param displayName how they are shown
	 * @param district their district
	 * @param ageBand their age band
	 * @param probability their selection probability
	 */
	public record Selected(String personId, String displayName, String district, String ageBand, double probability) {
	}

}
