package nl.mijnstad.analytics.agenda;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The city's collective ranking of spearheads, overall or within one cluster.
 *
 * @param method schulze or borda
 * @param cluster the cluster whose gatherings voted, null for all gatherings
 * @param ballots the gatherings' prioritised lists counted
 * @param prioritised distinct spearheads prioritised by those gatherings
 * @param minBallots the fewest ballots a spearhead needed to be ranked (above 1 only when there were too many)
 * @param ranking best first; tied spearheads share a rank
 * @param matrix the pairwise counts behind the ranking, only when asked for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectiveRanking(String method, Integer cluster, int ballots, int prioritised, int minBallots,
		List<Entry> ranking, PairwiseMatrix matrix) {

	/**
	 * One spearhead's place.
	 *
	 * @param rank 1 for the first place; tied spearheads share it (1, 1, 3)
	 * @param key the vocabulary key
	 * @param title how the spearhead reads
	 * @param values the values it serves
	 * @param beats (Schulze) how many spearheads it defeats along strongest paths
	 * @param points (Borda) its points over all ballots
	 * @param tied whether another spearhead shares its rank
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Entry(int rank, String key, String title, List<ValueRef> values, Integer beats, Double points,
			boolean tied) {
	}

	/** A value as it is referred to: key and label. */
	public record ValueRef(String key, String label) {
	}

	/**
	 * The Schulze counts among the top of the ranking: preferences[i][j] ballots prefer candidates[i] to
	 * candidates[j]; strongestPaths[i][j] is the strength of the strongest path from i to j.
	 *
	 * @param candidates spearhead keys, in ranking order
	 * @param preferences the pairwise preference counts d
	 * @param strongestPaths the strongest-path strengths p
	 * @param truncated whether only the top of a longer ranking is shown
	 */
	public record PairwiseMatrix(List<String> candidates, int[][] preferences, int[][] strongestPaths,
			boolean truncated) {
	}

}
