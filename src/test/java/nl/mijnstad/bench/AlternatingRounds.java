package nl.mijnstad.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measured rounds of a baseline and a candidate in short turns, in the order baseline, candidate, candidate,
 * baseline, and again: each block of four turns gives both the same share of whatever the machine did meanwhile.
 *
 * <p>Why short turns: on these machines a stretch of 10-20 s sometimes runs everything up to 1.5 times slower per
 * operation (database, HTTP threads and load generator alike, at the same CPU use, without a collection, compilation
 * or checkpoint in it; a JFR recording of a whole city run showed one). In turns of 10 s such a stretch fell on one
 * path's turn and moved the ratio by up to 0.1; in turns of a few seconds it covers turns of both.
 */
final class AlternatingRounds {

	/** Runs one turn of the baseline (true) or of the candidate for the given time. */
	interface Turn {

		Load.Outcome run(boolean baseline, Duration length) throws InterruptedException;

	}

	/** Told after every block of four turns: the block's number (from 1) and its two paths' outcomes. */
	interface BlockListener {

		void finished(int block, Load.Outcome baseline, Load.Outcome candidate);

	}

	/** What the turns did, in the order they ran: turns 2k and 2k+1 of each path make block k. */
	record Result(List<Load.Outcome> baseline, List<Load.Outcome> candidate) {

		Load.Outcome baselineAll() {
			return Load.Outcome.combine(this.baseline);
		}

		Load.Outcome candidateAll() {
			return Load.Outcome.combine(this.candidate);
		}

		/** The candidate's rate over the baseline's, each over all its turns. */
		double ratio() {
			return candidateAll().perSecond() / baselineAll().perSecond();
		}

		/** Each block's candidate rate over its baseline rate, in the order the blocks ran. */
		List<Double> blockRatios() {
			List<Double> ratios = new ArrayList<>();
			for (int b = 0; b + 1 < Math.min(this.baseline.size(), this.candidate.size()); b += 2) {
				ratios.add(blockRatio(this.baseline.subList(b, b + 2), this.candidate.subList(b, b + 2)));
			}
			return ratios;
		}

		/** The middle one of the blocks' ratios: what a typical block said, whatever one odd block said. */
		double medianBlockRatio() {
			List<Double> sorted = blockRatios().stream().sorted().toList();
			int n = sorted.size();
			return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
		}

	}

	private AlternatingRounds() {
	}

	private static double blockRatio(List<Load.Outcome> baseline, List<Load.Outcome> candidate) {
		return Load.Outcome.combine(candidate).perSecond() / Load.Outcome.combine(baseline).perSecond();
	}

	/** Whether turn {@code t} (from 0) is the baseline's: turns 0 and 3 of every four. */
	private static boolean baselineTurn(int t) {
		return t % 4 == 0 || t % 4 == 3;
	}

	/** Refuses a number of turns per path that would leave a block half done (odd, or under 2). */
	static void requireWholeBlocks(int turnsPerPath) {
		if (turnsPerPath < 2 || turnsPerPath % 2 != 0) {
			throw new IllegalArgumentException("Turns per path must be an even number of at least 2: " + turnsPerPath);
		}
	}

	/**
	 * Runs {@code turnsPerPath} turns of each path (a multiple of two, so every block is whole), each of the given
	 * length.
	 */
	static Result run(int turnsPerPath, Duration length, Turn turn, BlockListener listener)
			throws InterruptedException {
		requireWholeBlocks(turnsPerPath);
		List<Load.Outcome> baseline = new ArrayList<>();
		List<Load.Outcome> candidate = new ArrayList<>();
		for (int t = 0; t < turnsPerPath * 2; t++) {
			boolean baselineTurn = baselineTurn(t);
			(baselineTurn ? baseline : candidate).add(turn.run(baselineTurn, length));
			if (t % 4 == 3) {
				List<Load.Outcome> b = baseline.subList(baseline.size() - 2, baseline.size());
				List<Load.Outcome> c = candidate.subList(candidate.size() - 2, candidate.size());
				listener.finished(t / 4 + 1, Load.Outcome.combine(b), Load.Outcome.combine(c));
			}
		}
		return new Result(List.copyOf(baseline), List.copyOf(candidate));
	}

}
