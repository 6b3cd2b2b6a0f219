package nl.mijnstad.analytics.agenda;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and sizes of the agenda analyses.
 *
 * @param maxCandidates the most spearheads the collective ranking compares; when more were prioritised, those on
 * the fewest ballots are left out (Schulze takes cubic time in the number of candidates)
 * @param explainCandidates the most candidates whose pairwise matrix {@code ?explain=true} shows (the top of the
 * ranking)
 * @param filteredViews the most filtered views (values by district, kind and period; rankings per cluster) kept per
 * snapshot; the least recently used is recomputed when asked again
 * @param profileValues how many shared values the city profile lists
 * @param profileSpearheads how many spearheads the city profile lists
 * @param profileIdeas how many example ideas the city profile gives per spearhead
 */
@ConfigurationProperties("mijnstad.analytics.agenda")
public record AgendaProperties(@DefaultValue("200") int maxCandidates, @DefaultValue("20") int explainCandidates,
		@DefaultValue("256") int filteredViews, @DefaultValue("10") int profileValues,
		@DefaultValue("10") int profileSpearheads, @DefaultValue("3") int profileIdeas) {

	public AgendaProperties {
		if (maxCandidates < 2 || explainCandidates < 1 || filteredViews < 1 || profileValues < 1
				|| profileSpearheads < 1 || profileIdeas < 0) {
			throw new IllegalArgumentException("mijnstad.analytics.agenda: limits must be positive");
		}
	}

}
