package nl.mijnstad.panel.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The Sortition Foundation's original greedy method ("legacy" in Flanigan et al., Nature 596, 548-552, 2021,
 * and in the foundation's stratification app): repeatedly take the quota value whose unmet minimum is largest
 * relative to the candidates still available for it, select a uniformly random available candidate with that
 * value, and drop every candidate who would push a quota past its maximum. A draw that gets stuck starts again,
 * up to {@code attempts} times. It meets the quotas but can give some people a far smaller chance than others;
 * it is kept as the baseline that {@link MaximinSelection} must beat. One draw costs O(size x (pool + quotas)).
 */
public final class LegacySelection {

	private final SelectionProblem problem;

	private final Random random;

	private final int attempts;

	/**
	 * @param problem pool, size and quotas
	 * @param random the source of randomness; seed it to repeat a draw
	 * @param attempts how many times a stuck draw starts again before giving up, at least 1
	 */
	public LegacySelection(SelectionProblem problem, Random random, int attempts) {
		if (attempts < 1) {
			throw new IllegalArgumentException("attempts must be at least 1");
		}
		this.problem = problem;
		this.random = random;
		this.attempts = attempts;
	}

	/** One panel, as indexes into the problem's pool. */
	public List<Integer> drawIndexes() {
		for (int attempt = 0; attempt < this.attempts; attempt++) {
			List<Integer> panel = attempt();
			if (panel != null) {
				return panel;
			}
		}
		throw new SelectionFailedException(
				"The greedy method found no panel meeting the quotas in " + this.attempts + " attempts");
	}

	/** One panel of candidates. */
	public List<Candidate> draw() {
		return drawIndexes().stream().map(this.problem.pool()::get).toList();
	}

	/**
	 * Each candidate's selection probability, estimated as the share of {@code runs} draws that select them.
	 * Draws that fail count as selecting nobody.
	 */
	public double[] estimateProbabilities(int runs) {
		double[] selected = new double[this.problem.pool().size()];
		for (int run = 0; run < runs; run++) {
			try {
				for (int index : drawIndexes()) {
					selected[index]++;
				}
			}
			catch (SelectionFailedException ex) {
				// counts as a draw that selects nobody
			}
		}
		for (int i = 0; i < selected.length; i++) {
			selected[i] /= runs;
		}
		return selected;
	}

	private List<Integer> attempt() {
		List<Candidate> pool = this.problem.pool();
		List<Quota> quotas = this.problem.quotas();
		int n = pool.size();
		boolean[] available = new boolean[n];
		Arrays.fill(available, true);
		int[] selected = new int[quotas.size()];
		int[] remaining = new int[quotas.size()];
		boolean[][] counts = new boolean[n][quotas.size()];
		for (int i = 0; i < n; i++) {
			for (int q = 0; q < quotas.size(); q++) {
				counts[i][q] = quotas.get(q).counts(pool.get(i));
				if (counts[i][q]) {
					remaining[q]++;
				}
			}
		}
		for (int q = 0; q < quotas.size(); q++) {
			if (quotas.get(q).max() == 0) {
				drop(q, available, counts, remaining);
			}
		}
		List<Integer> panel = new ArrayList<>();
		while (panel.size() < this.problem.size()) {
			int chosen;
			if (quotas.isEmpty()) {
				chosen = pick(available, null, -1);
			}
			else {
				int best = -1;
				double bestRatio = Double.NEGATIVE_INFINITY;
				for (int q = 0; q < quotas.size(); q++) {
					int missing = quotas.get(q).min() - selected[q];
					if (missing > remaining[q]) {
						return null;
					}
					if (remaining[q] > 0) {
						double ratio = (double) missing / remaining[q];
						if (ratio > bestRatio) {
							bestRatio = ratio;
							best = q;
						}
					}
				}
				// No quota has anyone left: the panel is filled from the people no quota counts, uniformly. (The
				// foundation's app has quotas for every value of a category, so it never gets here.)
				chosen = best < 0 ? pickAny(available) : pick(available, counts, best);
				if (chosen < 0) {
					return null;
				}
			}
			panel.add(chosen);
			available[chosen] = false;
			for (int q = 0; q < quotas.size(); q++) {
				if (counts[chosen][q]) {
					selected[q]++;
					remaining[q]--;
				}
			}
			for (int q = 0; q < quotas.size(); q++) {
				if (counts[chosen][q] && selected[q] == quotas.get(q).max()) {
					drop(q, available, counts, remaining);
				}
			}
		}
		for (int q = 0; q < quotas.size(); q++) {
			if (selected[q] < quotas.get(q).min()) {
				return null;
			}
		}
		return panel;
	}

	/** A uniformly random available candidate (counting towards quota q, if q >= 0). */
	private int pick(boolean[] available, boolean[][] counts, int q) {
		int eligible = 0;
		for (int i = 0; i < available.length; i++) {
			if (available[i] && (q < 0 || counts[i][q])) {
				eligible++;
			}
		}
		int target = this.random.nextInt(eligible);
		for (int i = 0; i < available.length; i++) {
			if (available[i] && (q < 0 || counts[i][q]) && target-- == 0) {
				return i;
			}
		}
		throw new IllegalStateException("unreachable");
	}

	private int pickAny(boolean[] available) {
		int eligible = 0;
		for (boolean free : available) {
			if (free) {
				eligible++;
			}
		}
		return eligible == 0 ? -1 : pick(available, null, -1);
	}

	/** Quota q is full: nobody else who counts towards it may be selected. */
	private static void drop(int q, boolean[] available, boolean[][] counts, int[] remaining) {
		for (int i = 0; i < available.length; i++) {
			if (available[i] && counts[i][q]) {
				available[i] = false;
				for (int other = 0; other < remaining.length; other++) {
					if (counts[i][other]) {
						remaining[other]--;
					}
				}
			}
		}
	}

}
