package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collective ranking of spearheads by the Schulze method (Schulze 2011): pairwise preferences from
 * ranked ballots, strongest paths by a Floyd–Warshall widest-path pass, ties reported as ties; takes
 * O(B·L·C) for B ballots listing L of C candidates plus O(C³) for the strongest paths, so keep C to a few
 * hundred (for instance the spearheads that enough gatherings prioritised).
 *
 * <p>A ballot ranks its listed candidates in order and every listed candidate above every candidate it
 * does not list; unlisted candidates are tied at the bottom and not preferred among each other. The
 * strength of a link is the number of voters who prefer the winner of that pair (the "winning votes"
 * measure); a pair without a strict majority has no link.
 *
 * <p>The ranking places first every candidate that no remaining candidate defeats, removes them, and
 * repeats. Because the Schulze defeat relation is transitive (Schulze 2011, §4.1) this always makes
 * progress, and candidates placed together share a rank. Within a rank candidates are listed by key,
 * which is not a preference. Instances compute once, on first use, and are safe to share.
 */
public final class SchulzeRanking {

	private final Ballots ballots;

	private final Map<String, Integer> index = new HashMap<>();

	private Result result;

	/** Ranks the candidates that appear on the ballots (first on a ballot = most preferred). */
	public SchulzeRanking(List<? extends List<String>> ballots) {
		this(ballots, null);
	}

	/**
	 * Ranks the given candidates; a candidate that no ballot lists is still ranked (tied at the bottom of
	 * every ballot), and a ballot that lists an unknown candidate is rejected.
	 */
	public SchulzeRanking(List<? extends List<String>> ballots, Collection<String> candidates) {
		this.ballots = new Ballots(ballots, candidates);
		List<String> keys = this.ballots.candidates();
		for (int i = 0; i < keys.size(); i++) {
			this.index.put(keys.get(i), i);
		}
	}

	/** The candidates in key order; rows and columns of the matrices follow this order. */
	public List<String> candidates() {
		return this.ballots.candidates();
	}

	/** The ranking, best first; tied candidates share a rank. */
	public List<RankedCandidate> ranking() {
		return result().ranking;
	}

	/** The candidates in first place: more than one when the first place is tied, empty without candidates. */
	public List<String> winners() {
		return ranking().stream().filter((place) -> place.rank() == 1).map(RankedCandidate::candidate).toList();
	}

	/** d[a][b]: how many ballots prefer {@code a} to {@code b}. */
	public int preference(String a, String b) {
		return result().preferences[indexOf(a)][indexOf(b)];
	}

	/** p[a][b]: the strength of the strongest path from {@code a} to {@code b}, 0 if there is none. */
	public int strongestPath(String a, String b) {
		return result().strongestPaths[indexOf(a)][indexOf(b)];
	}

	/** Whether {@code a} defeats {@code b} in the Schulze sense: p[a][b] > p[b][a]. */
	public boolean defeats(String a, String b) {
		int i = indexOf(a);
		int j = indexOf(b);
		int[][] p = result().strongestPaths;
		return p[i][j] > p[j][i];
	}

	/** A copy of the pairwise preference matrix d, indexed as {@link #candidates()}, to explain a result. */
	public int[][] preferenceMatrix() {
		return copy(result().preferences);
	}

	/** A copy of the strongest-path matrix p, indexed as {@link #candidates()}. */
	public int[][] strongestPathMatrix() {
		return copy(result().strongestPaths);
	}

	private int indexOf(String candidate) {
		Integer i = this.index.get(candidate);
		if (i == null) {
			throw new IllegalArgumentException("'" + candidate + "' is not a candidate");
		}
		return i;
	}

	private static int[][] copy(int[][] matrix) {
		int[][] copy = new int[matrix.length][];
		for (int i = 0; i < matrix.length; i++) {
			copy[i] = matrix[i].clone();
		}
		return copy;
	}

	private synchronized Result result() {
		if (this.result == null) {
			this.result = compute();
		}
		return this.result;
	}

	private Result compute() {
		int c = this.ballots.candidates().size();
		int[][] d = new int[c][c];
		for (int b = 0; b < this.ballots.size(); b++) {
			int[] position = this.ballots.positions(b);
			// Only listed candidates are preferred to anyone: two unlisted ones share the UNLISTED position.
			for (int i : this.ballots.listed(b)) {
				for (int j = 0; j < c; j++) {
					if (position[i] < position[j]) {
						d[i][j]++;
					}
				}
			}
		}
		int[][] p = new int[c][c];
		for (int i = 0; i < c; i++) {
			for (int j = 0; j < c; j++) {
				if (i != j && d[i][j] > d[j][i]) {
					p[i][j] = d[i][j];
				}
			}
		}
		for (int k = 0; k < c; k++) {
			for (int i = 0; i < c; i++) {
				if (i == k) {
					continue;
				}
				for (int j = 0; j < c; j++) {
					if (j != i && j != k) {
						p[i][j] = Math.max(p[i][j], Math.min(p[i][k], p[k][j]));
					}
				}
			}
		}
		return new Result(d, p, rank(p));
	}

	private List<RankedCandidate> rank(int[][] p) {
		int c = p.length;
		List<String> keys = this.ballots.candidates();
		int[] beats = new int[c];
		for (int i = 0; i < c; i++) {
			for (int j = 0; j < c; j++) {
				if (p[i][j] > p[j][i]) {
					beats[i]++;
				}
			}
		}
		boolean[] placed = new boolean[c];
		List<RankedCandidate> ranking = new ArrayList<>(c);
		while (ranking.size() < c) {
			int rank = ranking.size() + 1;
			List<Integer> undefeated = new ArrayList<>();
			for (int i = 0; i < c; i++) {
				if (!placed[i] && !defeatedByRemaining(i, p, placed)) {
					undefeated.add(i);
				}
			}
			if (undefeated.isEmpty()) {
				// Cannot happen: the defeat relation is transitive, so a finite set has an undefeated member.
				throw new IllegalStateException("Schulze defeat relation is not transitive");
			}
			for (int i : undefeated) {
				placed[i] = true;
				ranking.add(new RankedCandidate(rank, keys.get(i), beats[i]));
			}
		}
		return List.copyOf(ranking);
	}

	private static boolean defeatedByRemaining(int i, int[][] p, boolean[] placed) {
		for (int j = 0; j < p.length; j++) {
			if (!placed[j] && p[j][i] > p[i][j]) {
				return true;
			}
		}
		return false;
	}

	private record Result(int[][] preferences, int[][] strongestPaths, List<RankedCandidate> ranking) {
	}

}
