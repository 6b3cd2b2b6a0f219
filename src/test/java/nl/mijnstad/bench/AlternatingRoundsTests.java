package nl.mijnstad.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class AlternatingRoundsTests {

	/** A turn that completes {@code rate} operations per second for one second, on a fake clock. */
	private static Load.Outcome second(long rate) {
		Latencies latencies = new Latencies();
		for (long i = 0; i < rate; i++) {
			latencies.record(1_000_000L);
		}
		return new Load.Outcome(rate, 0, 1.0, latencies, null, rate * 0.002);
	}

	@Test
	void runsTheTurnsInBlocksOfBaselineCandidateCandidateBaseline() throws InterruptedException {
		List<Boolean> order = new ArrayList<>();
		List<Duration> lengths = new ArrayList<>();
		AlternatingRounds.run(4, Duration.ofMillis(2500), (baseline, length) -> {
			order.add(baseline);
			lengths.add(length);
			return second(100);
		}, (block, b, c) -> {
		});
		assertThat(order).containsExactly(true, false, false, true, true, false, false, true);
		assertThat(lengths).containsOnly(Duration.ofMillis(2500));
	}

	@Test
	void aSlowStretchOverABlockWeighsOnBothPathsAlike() throws InterruptedException {
		// Both paths do 1,000/s, except turns 4 to 7 (the second block), when the machine runs at half speed.
		int[] turn = { 0 };
		List<Integer> blocks = new ArrayList<>();
		AlternatingRounds.Result result = AlternatingRounds.run(6, Duration.ofSeconds(1), (baseline, length) -> {
			int t = turn[0]++;
			return second(t >= 4 && t < 8 ? 500 : 1000);
		}, (block, b, c) -> blocks.add(block));
		assertThat(blocks).containsExactly(1, 2, 3);
		assertThat(result.ratio()).isCloseTo(1.0, within(1e-9));
		assertThat(result.blockRatios()).containsExactly(1.0, 1.0, 1.0);
		assertThat(result.baselineAll().completed()).isEqualTo(result.candidateAll().completed()).isEqualTo(5000);
	}

	@Test
	void addsUpEachPathsTurnsAndGivesEachBlocksRatioAndTheirMedian() throws InterruptedException {
		// Baseline 1,000/s throughout; the candidate 800, 800 | 900, 900 | 600, 600 in its three blocks.
		long[] candidate = { 800, 800, 900, 900, 600, 600 };
		int[] next = { 0 };
		List<Double> told = new ArrayList<>();
		AlternatingRounds.Result result = AlternatingRounds.run(6, Duration.ofSeconds(1),
				(baseline, length) -> baseline ? second(1000) : second(candidate[next[0]++]),
				(block, b, c) -> told.add(c.perSecond() / b.perSecond()));
		assertThat(result.baseline()).hasSize(6);
		assertThat(result.candidate()).hasSize(6);
		assertThat(result.candidateAll().completed()).isEqualTo(4600);
		assertThat(result.candidateAll().seconds()).isEqualTo(6.0);
		assertThat(result.candidateAll().latencies().count()).isEqualTo(4600);
		assertThat(result.ratio()).isCloseTo(4600 / 6000.0, within(1e-9));
		assertThat(result.blockRatios()).containsExactly(0.8, 0.9, 0.6);
		assertThat(told).isEqualTo(result.blockRatios());
		assertThat(result.medianBlockRatio()).isEqualTo(0.8);
	}

	@Test
	void theMedianOfAnEvenNumberOfBlocksIsTheMeanOfTheMiddleTwo() {
		// Candidate blocks at 0.9, 0.7, 0.8 and 1.0 of a baseline at 1,000/s.
		AlternatingRounds.Result result = new AlternatingRounds.Result(
				List.of(second(1000), second(1000), second(1000), second(1000), second(1000), second(1000),
						second(1000), second(1000)),
				List.of(second(900), second(900), second(700), second(700), second(800), second(800), second(1000),
						second(1000)));
		assertThat(result.blockRatios()).containsExactly(0.9, 0.7, 0.8, 1.0);
		assertThat(result.medianBlockRatio()).isCloseTo(0.85, within(1e-9));
	}

	@Test
	void refusesTurnsThatWouldLeaveABlockHalfDone() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AlternatingRounds.run(3, Duration.ofSeconds(1), (b, l) -> second(1), (n, b, c) -> {
			}));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AlternatingRounds.run(0, Duration.ofSeconds(1), (b, l) -> second(1), (n, b, c) -> {
			}));
	}

}
