package nl.mijnstad.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LatenciesTests {

	@Test
	void percentilesAreNearestRankOverEveryRecordedLatency() {
		Latencies first = new Latencies();
		Latencies second = new Latencies();
		for (int ms = 1; ms <= 100; ms++) {
			(ms % 2 == 0 ? first : second).record(ms * 1_000_000L);
		}
		Latencies all = Latencies.merge(List.of(first, second));
		assertThat(all.count()).isEqualTo(100);
		assertThat(all.percentileMillis(50)).isEqualTo(50.0);
		assertThat(all.percentileMillis(99)).isEqualTo(99.0);
		assertThat(all.percentileMillis(100)).isEqualTo(100.0);
		assertThat(all.maxMillis()).isEqualTo(100.0);
	}

	@Test
	void aSingleLatencyIsEveryPercentile() {
		Latencies one = new Latencies();
		one.record(2_500_000L);
		assertThat(one.percentileMillis(1)).isEqualTo(2.5);
		assertThat(one.percentileMillis(99)).isEqualTo(2.5);
	}

	@Test
	void nothingRecordedIsNotANumberAndBadPercentilesAreRefused() {
		assertThat(new Latencies().percentileMillis(50)).isNaN();
		assertThatIllegalArgumentException().isThrownBy(() -> new Latencies().percentileMillis(0));
	}

}
