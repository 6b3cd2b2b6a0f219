package nl.mijnstad.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The refresher rests twice as long as its last refresh took when writes went on meanwhile, not after a lone write,
 * and may start at once before its first.
 */
class RefreshPacingTests {

	// nanoTime may be negative: the pacing must compare by difference only
	private final AtomicLong now = new AtomicLong(-5_000_000_000L);

	private final RefreshPacing pacing = new RefreshPacing(2, this.now::get);

	@Test
	void mayRefreshAtOnceBeforeTheFirstRefresh() {
		assertThat(this.pacing.rested()).isTrue();
		assertThat(this.pacing.delayNanos()).isZero();
	}

	@Test
	void restsTwiceAsLongAsTheLastRefreshTookWhenWritesWentOnMeanwhile() {
		this.now.addAndGet(300_000_000L);
		this.pacing.refreshed(300_000_000L, true);

		assertThat(this.pacing.rested()).isFalse();
		assertThat(this.pacing.delayNanos()).isEqualTo(600_000_000L);
		this.now.addAndGet(599_000_000L);
		assertThat(this.pacing.rested()).isFalse();
		this.now.addAndGet(1_000_000L);
		assertThat(this.pacing.rested()).isTrue();
	}

	@Test
	void doesNotRestAfterARefreshDuringWhichNothingChanged() {
		this.now.addAndGet(300_000_000L);
		this.pacing.refreshed(300_000_000L, false);

		assertThat(this.pacing.rested()).isTrue();
	}

	@Test
	void aQuickRefreshNeedsOnlyAShortRest() {
		this.pacing.refreshed(300_000_000L, true);
		this.now.addAndGet(700_000_000L);
		this.pacing.refreshed(10_000_000L, true);

		assertThat(this.pacing.delayNanos()).isEqualTo(20_000_000L);
	}

}
