package nl.mijnstad.panel.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: measures legacy and maximin on a city-sized pool (14 districts x 5 age bands, skewed towards some
 * districts and older people, as volunteer pools are), with proportional quotas on both categories. Run with the
 * test classpath: {@code java -cp target/test-classes:target/classes:<deps> nl.mijnstad.panel.selection.SelectionBenchmark 5000 30}.
 */
public final class SelectionBenchmark {

	private SelectionBenchmark() {
	}

	public static void main(String[] args) {
		int poolSize = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
		int size = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		Random random = new Random(2026);
		String[] bands = { "0-14", "15-24", "25-44", "45-64", "65+" };
		double[] bandPopulation = { 0.16, 0.13, 0.27, 0.27, 0.17 };
		double[] bandVolunteers = { 0.01, 0.05, 0.20, 0.39, 0.35 };
		int districts = 14;
		List<Candidate> pool = new ArrayList<>();
		for (int i = 0; i < poolSize; i++) {
			int district = (int) Math.min(districts - 1, Math.abs(random.nextGaussian() * 4));
			int band = pick(random, bandVolunteers);
			pool.add(new Candidate("p" + i, Map.of("district", "D" + district, "ageBand", bands[band])));
		}
		List<Quota> quotas = new ArrayList<>();
		for (int d = 0; d < districts; d++) {
			double target = (double) size / districts;
			quotas.add(new Quota("district", "D" + d, (int) Math.floor(target), (int) Math.ceil(target)));
		}
		for (int b = 1; b < bands.length; b++) {
			double target = size * bandPopulation[b] / (1 - bandPopulation[0]);
			quotas.add(new Quota("ageBand", bands[b], (int) Math.floor(target), (int) Math.ceil(target)));
		}
		// Children are not on the panel.
		quotas.add(new Quota("ageBand", bands[0], 0, 0));
		SelectionProblem problem = new SelectionProblem(pool, size, quotas);
		long start = System.nanoTime();
		QuotaFeasibility.Result feasibility = new QuotaFeasibility(problem).result();
		System.out.printf("pool %d, panel %d, quotas %d: feasible %s (widening %d) in %d ms%n", poolSize, size,
				quotas.size(), feasibility.feasible(), feasibility.widening(), (System.nanoTime() - start) / 1_000_000);
		if (!feasibility.feasible()) {
			return;
		}
		for (int warm = 0; warm < 2; warm++) {
			start = System.nanoTime();
			MaximinSelection maximin = new MaximinSelection(problem, new Random(1), 2000);
			double min = maximin.minimumProbability();
			long ms = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("maximin: min probability %.5f, %d rounds, %d panels in support, %d ms%n", min,
					maximin.rounds(), maximin.support(), ms);
		}
		for (int runs : new int[] { 500, 5000 }) {
			start = System.nanoTime();
			double[] legacy = new LegacySelection(problem, new Random(1), 100).estimateProbabilities(runs);
			long ms = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("legacy (%d runs): min estimated probability %.5f, zero for %d people, %d ms%n", runs,
					Arrays.stream(legacy).filter(p -> p > 0).min().orElse(0), Arrays.stream(legacy).filter(p -> p == 0).count()
							- pool.stream().filter(c -> c.feature("ageBand").equals("0-14")).count(), ms);
		}
	}

	private static int pick(Random random, double[] weights) {
		double u = random.nextDouble();
		for (int i = 0; i < weights.length; i++) {
			u -= weights[i];
			if (u < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
