package nl.mijnstad.analytics.algorithm;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PairCounterTests {

	@Test
	void countsLikeAHashMapThroughManyResizes() {
		PairCounter counter = new PairCounter(1);
		Map<Long, Integer> expected = new HashMap<>();
		Random random = new Random(3);
		for (int i = 0; i < 200_000; i++) {
			int a = random.nextInt(1_000);
			int b = a + 1 + random.nextInt(Integer.MAX_VALUE - a - 1);
			if (random.nextInt(4) == 0) {
				b = a + 1 + random.nextInt(5); // frequent small pairs, so counts above 1 occur
			}
			counter.increment(a, b);
			expected.merge(PairCounter.key(a, b), 1, Integer::sum);
		}

		assertThat(counter.size()).isEqualTo(expected.size());
		expected.forEach((key, count) -> assertThat(counter.get(PairCounter.first(key), PairCounter.second(key))).isEqualTo(count));
		assertThat(counter.get(0, 1_000_001)).isEqualTo(expected.getOrDefault(PairCounter.key(0, 1_000_001), 0));
		int seen = 0;
		for (int slot = 0; slot < counter.capacity(); slot++) {
			if (counter.keyAt(slot) != 0) {
				seen++;
				assertThat(counter.countAt(slot)).isEqualTo(expected.get(counter.keyAt(slot)));
			}
		}
		assertThat(seen).isEqualTo(expected.size());
	}

	@Test
	void keysRoundTripLargeIds() {
		long key = PairCounter.key(19_999, Integer.MAX_VALUE);

		assertThat(PairCounter.first(key)).isEqualTo(19_999);
		assertThat(PairCounter.second(key)).isEqualTo(Integer.MAX_VALUE);
		assertThat(PairCounter.key(0, 1)).isNotZero();
	}

}
