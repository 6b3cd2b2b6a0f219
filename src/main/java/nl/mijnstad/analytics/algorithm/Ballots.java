package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Ballots checked once and turned into candidate indices, shared by the ranking methods so that they
 * agree on what a valid ballot is.
 */
final class Ballots {

	/** Position given to a candidate that a ballot does not list: below every listed candidate. */
	static final int UNLISTED = Integer.MAX_VALUE;

	private final List<String> candidates;

	/** For each ballot, the position of each candidate index, {@link #UNLISTED} if not listed. */
	private final List<int[]> positions;

	private final List<int[]> listed;

	Ballots(List<? extends List<String>> ballots, Collection<String> explicitCandidates) {
		if (ballots == null) {
			throw new IllegalArgumentException("ballots must not be null");
		}
		TreeSet<String> keys = new TreeSet<>();
		if (explicitCandidates != null) {
			for (String candidate : explicitCandidates) {
				keys.add(checkedKey(candidate, "candidate"));
			}
		}
		for (int b = 0; b < ballots.size(); b++) {
			List<String> ballot = ballots.get(b);
			if (ballot == null) {
				throw new IllegalArgumentException("ballot " + b + " must not be null");
			}
			TreeSet<String> seen = new TreeSet<>();
			for (String candidate : ballot) {
				checkedKey(candidate, "candidate on ballot " + b);
				if (!seen.add(candidate)) {
					throw new IllegalArgumentException("ballot " + b + " lists '" + candidate + "' more than once");
				}
				if (explicitCandidates != null && !keys.contains(candidate)) {
					throw new IllegalArgumentException(
							"ballot " + b + " lists '" + candidate + "', which is not one of the candidates");
				}
			}
			if (explicitCandidates == null) {
				keys.addAll(seen);
			}
		}
		this.candidates = List.copyOf(keys);
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < this.candidates.size(); i++) {
			index.put(this.candidates.get(i), i);
		}
		List<int[]> allPositions = new ArrayList<>(ballots.size());
		List<int[]> allListed = new ArrayList<>(ballots.size());
		for (List<String> ballot : ballots) {
			int[] position = new int[this.candidates.size()];
			int[] order = new int[ballot.size()];
			Arrays.fill(position, UNLISTED);
			for (int p = 0; p < ballot.size(); p++) {
				order[p] = index.get(ballot.get(p));
				position[order[p]] = p;
			}
			allPositions.add(position);
			allListed.add(order);
		}
		this.positions = List.copyOf(allPositions);
		this.listed = List.copyOf(allListed);
	}

	private static String checkedKey(String key, String what) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException(what + " must not be null or blank");
		}
		return key;
	}

	/** The candidates in key order; a candidate's index is its position in this list. */
	List<String> candidates() {
		return this.candidates;
	}

	int size() {
		return this.positions.size();
	}

	/** Position of each candidate on ballot {@code b}, {@link #UNLISTED} for candidates it does not list. */
	int[] positions(int b) {
		return this.positions.get(b);
	}

	/** The candidate indices that ballot {@code b} lists, most preferred first. */
	int[] listed(int b) {
		return this.listed.get(b);
	}

	int listedCount(int b) {
		return this.listed.get(b).length;
	}

}
