package nl.mijnstad.panel.selection;

import static nl.mijnstad.panel.selection.Pools.count;
import static nl.mijnstad.panel.selection.Pools.exactly;
import static nl.mijnstad.panel.selection.Pools.people;
import static nl.mijnstad.panel.selection.Pools.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Legacy and maximin selection, and quota feasibility, on pools small enough to check by hand. */
class SelectionTests {

	/**
	 * One young woman, one older woman, four young men, one older man; a panel of 2 with exactly one woman, one
	 * man, one young and one older person. The only panels are {young woman, older man} and {older woman, young
	 * man}.
	 * <p>
	 * Legacy: the ratios are woman 1/2, man 1/5, young 1/5, older 1/2, so it first draws a woman
	 * (the first largest ratio), each with chance 1/2; after the older woman only the four young men remain, so
	 * each gets 1/2 x 1/4 = 1/8. Maximin: with weight a on the first panel the chances are a, a, 1 - a and
	 * (1 - a)/4; the smallest is largest at a = 1/5, where it is 1/5.
	 */
	private static SelectionProblem twoByTwo() {
		return new SelectionProblem(
				pool(people(1, "F", "y"), people(1, "F", "o"), people(4, "M", "y"), people(1, "M", "o")), 2,
				List.of(exactly("gender", "F", 1), exactly("gender", "M", 1), exactly("age", "y", 1),
						exactly("age", "o", 1)));
	}

	@Test
	void maximinGivesTheSmallestChanceAtLeastWhatLegacyGives() {
		SelectionProblem problem = twoByTwo();

		MaximinSelection maximin = new MaximinSelection(problem, new Random(7), 1000);
		double[] legacy = new LegacySelection(problem, new Random(7), 100).estimateProbabilities(20_000);
		double legacyMinimum = Arrays.stream(legacy).min().orElseThrow();

		assertThat(maximin.minimumProbability()).isCloseTo(0.2, within(1e-6));
		assertThat(legacyMinimum).isCloseTo(0.125, within(0.01));
		assertThat(maximin.minimumProbability()).isGreaterThanOrEqualTo(legacyMinimum);
	}

	@Test
	void maximinIsNeverBelowLegacyOnRandomSmallPools() {
		Random pools = new Random(42);
		for (int trial = 0; trial < 12; trial++) {
			int size = 2 + pools.nextInt(3);
			List<Candidate> pool = pool(people(1 + pools.nextInt(4), "F", "y"), people(1 + pools.nextInt(4), "F", "o"),
					people(1 + pools.nextInt(4), "M", "y"), people(1 + pools.nextInt(4), "M", "o"));
			if (pool.size() < size) {
				continue;
			}
			SelectionProblem problem = new SelectionProblem(pool, size,
					List.of(exactly("gender", "F", size / 2), exactly("gender", "M", size - size / 2),
							exactly("age", "y", (size + 1) / 2), exactly("age", "o", size - (size + 1) / 2)));
			if (!new QuotaFeasibility(problem).result().feasible()) {
				continue;
			}
			double maximin = new MaximinSelection(problem, new Random(trial), 1000).minimumProbability();
			double legacy = Arrays.stream(new LegacySelection(problem, new Random(trial), 100)
				.estimateProbabilities(5_000)).min().orElseThrow();
			// 5,000 runs estimate a chance to within about 0.015 (three standard errors); maximin is optimal.
			assertThat(maximin).as("trial %d", trial).isGreaterThanOrEqualTo(legacy - 0.015);
		}
	}

	@Test
	void bothMethodsMeetTheQuotasOnEveryDrawAndRepeatWithTheSameSeed() {
		SelectionProblem problem = twoByTwo();
		for (int seed = 0; seed < 50; seed++) {
			List<Candidate> legacy = new LegacySelection(problem, new Random(seed), 100).draw();
			List<Candidate> maximin = new MaximinSelection(problem, new Random(seed), 1000).draw();
			for (List<Candidate> panel : List.of(legacy, maximin)) {
				assertThat(panel).hasSize(2).doesNotHaveDuplicates();
				assertThat(count(panel, "gender", "F")).isOne();
				assertThat(count(panel, "age", "y")).isOne();
			}
			assertThat(new MaximinSelection(problem, new Random(seed), 1000).draw()).isEqualTo(maximin);
			assertThat(new LegacySelection(problem, new Random(seed), 100).draw()).isEqualTo(legacy);
		}
	}

	@Test
	void maximinDrawsFollowItsProbabilities() {
		SelectionProblem problem = twoByTwo();
		MaximinSelection maximin = new MaximinSelection(problem, new Random(3), 1000);
		double[] expected = maximin.probabilities();
		double[] seen = new double[expected.length];
		int runs = 20_000;
		for (int run = 0; run < runs; run++) {
			maximin.drawIndexes().forEach(i -> seen[i]++);
		}
		for (int i = 0; i < expected.length; i++) {
			assertThat(seen[i] / runs).isCloseTo(expected[i], within(0.015));
		}
		assertThat(Arrays.stream(expected).sum()).isCloseTo(2.0, within(1e-6));
	}

	@Test
	void withoutQuotasEveryoneHasTheSameChance() {
		SelectionProblem problem = new SelectionProblem(people(10, "F", "y"), 3, List.of());

		double[] probabilities = new MaximinSelection(problem, new Random(1), 100).probabilities();

		assertThat(probabilities).containsOnly(new double[] { 0.3 }, within(1e-9));
		assertThat(new LegacySelection(problem, new Random(1), 1).draw()).hasSize(3);
	}

	@Test
	void peopleNoPanelCanHoldDoNotLowerTheMinimum() {
		// Nobody young may be selected: the young get chance 0, the others share the panel fairly.
		SelectionProblem problem = new SelectionProblem(pool(people(2, "F", "y"), people(4, "F", "o")), 2,
				List.of(new Quota("age", "y", 0, 0)));

		MaximinSelection maximin = new MaximinSelection(problem, new Random(1), 100);

		assertThat(maximin.probabilities()).containsExactly(new double[] { 0.5, 0.5, 0.5, 0.5, 0, 0 }, within(1e-9));
		assertThat(maximin.minimumProbability()).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void infeasibleQuotasComeWithTheSmallestRelaxation() {
		// Two women asked for, one in the pool: lowering that minimum by one is the smallest change.
		SelectionProblem problem = new SelectionProblem(pool(people(1, "F", "y"), people(5, "M", "y")), 3,
				List.of(new Quota("gender", "F", 2, 3), new Quota("gender", "M", 1, 1)));

		QuotaFeasibility.Result result = new QuotaFeasibility(problem).result();

		assertThat(result.feasible()).isFalse();
		// One woman at most, so at least two men: the men's maximum must rise by one and the women's minimum drop
		// by one; nothing smaller works.
		assertThat(result.widening()).isEqualTo(2);
		assertThat(result.relaxations()).extracting(QuotaFeasibility.Relaxation::min, QuotaFeasibility.Relaxation::max)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, 3), org.assertj.core.groups.Tuple.tuple(1, 2));
		assertThat(new QuotaFeasibility(twoByTwo()).result().feasible()).isTrue();
		assertThatThrownBy(() -> new MaximinSelection(problem, new Random(1), 10).draw())
			.isInstanceOf(SelectionFailedException.class);
		assertThatThrownBy(() -> new LegacySelection(problem, new Random(1), 10).draw())
			.isInstanceOf(SelectionFailedException.class);
	}

	@Test
	void badProblemsAreRefusedWhenBuilt() {
		assertThatThrownBy(() -> new SelectionProblem(people(2, "F", "y"), 3, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SelectionProblem(people(2, "F", "y"), 0, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Quota("age", "y", 3, 2)).isInstanceOf(IllegalArgumentException.class);
	}

}
