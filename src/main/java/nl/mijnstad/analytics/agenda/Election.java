package nl.mijnstad.analytics.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.algorithm.BordaCount;
import nl.mijnstad.analytics.algorithm.SchulzeRanking;

/**
 * The gatherings' prioritised lists as ballots, counted both ways. A gathering's ballot is its ranking of
 * spearheads (rank 1 first); a gathering that ranked none casts no ballot. When more spearheads were prioritised
 * than {@code maxCandidates}, only those on at least {@code minBallots} ballots stand, with minBallots the smallest
 * threshold that keeps the number within the limit, so no spearhead is dropped in favour of one on equally many
 * ballots; a ballot keeps its candidates in their order, and one left with none is not counted.
 *
 * @param ballots the ballots counted
 * @param prioritised distinct spearheads prioritised by the gatherings in scope
 * @param minBallots the fewest ballots a spearhead needs to stand (1 when every spearhead stands)
 * @param schulze the Schulze ranking, computed
 * @param borda the Borda count, computed
 */
record Election(int ballots, int prioritised, int minBallots, SchulzeRanking schulze, BordaCount borda) {

	static Election of(GraphProjection projection, Predicate<GraphProjection.Gathering> scope, int maxCandidates) {
		List<List<String>> ballots = new ArrayList<>();
		Map<String, Integer> listedOn = new HashMap<>();
		for (GraphProjection.Gathering gathering : projection.gatherings()) {
			if (!gathering.ranking().isEmpty() && scope.test(gathering)) {
				List<String> ballot = List.copyOf(new java.util.LinkedHashSet<>(gathering.ranking()));
				ballots.add(ballot);
				ballot.forEach(s -> listedOn.merge(s, 1, Integer::sum));
			}
		}
		int minBallots = minBallots(listedOn.values(), maxCandidates);
		Set<String> candidates = new HashSet<>();
		listedOn.forEach((s, count) -> {
			if (count >= minBallots) {
				candidates.add(s);
			}
		});
		List<List<String>> counted = new ArrayList<>(ballots.size());
		for (List<String> ballot : ballots) {
			List<String> standing = minBallots == 1 ? ballot : ballot.stream().filter(candidates::contains).toList();
			if (!standing.isEmpty()) {
				counted.add(standing);
			}
		}
		SchulzeRanking schulze = new SchulzeRanking(counted);
		BordaCount borda = new BordaCount(counted);
		// Count now, in the refresh, so that a read only looks the result up.
		schulze.ranking();
		borda.ranking();
		return new Election(counted.size(), listedOn.size(), minBallots, schulze, borda);
	}

	/** The smallest threshold t such that at most max candidates are listed on t or more ballots. */
	static int minBallots(java.util.Collection<Integer> listedOn, int max) {
		if (listedOn.size() <= max) {
			return 1;
		}
		List<Integer> counts = new ArrayList<>(listedOn);
		counts.sort(Comparator.reverseOrder());
		return counts.get(max) + 1;
	}

}
