package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second view of the collective ranking of spearheads by the Borda count, over the same ballots as
 * {@link SchulzeRanking}; takes O(B·C) for B ballots over C candidates plus O(C log C) to sort.
 *
 * <p>With C candidates, a listed candidate at position i (0-based) gets C−1−i points. A ballot that
 * lists L candidates leaves positions L … C−1 open, worth C−1−L … 0 points; its unlisted candidates
 * share those equally, each getting the average (C−1−L)/2. This is the usual "averaged" treatment of
 * truncated ballots: it keeps every ballot's total at C(C−1)/2, so a short ballot weighs as much as a
 * full one, and it neither rewards nor punishes a candidate for being left out by some and not others.
 * Points are counted in halves internally so ties are exact. Within a rank candidates are listed by key,
 * which is not a preference. Instances compute once, on first use, and are safe to share.
 */
public final class BordaCount {

	private final Ballots ballots;

	private List<BordaScore> ranking;

	/** Counts the candidates that appear on the ballots (first on a ballot = most preferred). */
	public BordaCount(List<? extends List<String>> ballots) {
		this(ballots, null);
	}

	/** Counts the given candidates; a ballot that lists an unknown candidate is rejected. */
	public BordaCount(List<? extends List<String>> ballots, Collection<String> candidates) {
		this.ballots = new Ballots(ballots, candidates);
	}

	/** The candidates in key order. */
	public List<String> candidates() {
		return this.ballots.candidates();
	}

	/** The ranking, most points first; candidates with equal points share a rank. */
	public synchronized List<BordaScore> ranking() {
		if (this.ranking == null) {
			this.ranking = compute();
		}
		return this.ranking;
	}

	/** The points of one candidate. */
	public double points(String candidate) {
		return ranking().stream()
			.filter((score) -> score.candidate().equals(candidate))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("'" + candidate + "' is not a candidate"))
			.points();
	}

	private List<BordaScore> compute() {
		List<String> keys = this.ballots.candidates();
		int c = keys.size();
		long[] halfPoints = new long[c];
		for (int b = 0; b < this.ballots.size(); b++) {
			int[] position = this.ballots.positions(b);
			long unlistedHalfPoints = c - 1 - this.ballots.listedCount(b);
			for (int i = 0; i < c; i++) {
				halfPoints[i] += (position[i] == Ballots.UNLISTED) ? unlistedHalfPoints : 2L * (c - 1 - position[i]);
			}
		}
		List<Integer> order = new ArrayList<>(c);
		for (int i = 0; i < c; i++) {
			order.add(i);
		}
		// Candidates are indexed in key order, so a stable sort on points keeps ties in key order.
		order.sort(Comparator.comparingLong((Integer i) -> halfPoints[i]).reversed());
		List<BordaScore> result = new ArrayList<>(c);
		for (int p = 0; p < c; p++) {
			int i = order.get(p);
			boolean tiedWithPrevious = p > 0 && halfPoints[order.get(p - 1)] == halfPoints[i];
			int rank = tiedWithPrevious ? result.get(p - 1).rank() : p + 1;
			result.add(new BordaScore(rank, keys.get(i), halfPoints[i] / 2.0));
		}
		return List.copyOf(result);
	}

}
