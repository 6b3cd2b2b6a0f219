package nl.mijnstad.analytics;

import java.util.function.LongSupplier;

/**
 * When the refresher may start its next refresh: after one during which the data changed again, it rests
 * {@code restFactor} times as long as that one took, whatever asks for the next (a submission's wake-up or the
 * poll), so under sustained ingest it is busy at most {@code 1 / (1 + restFactor)} of the time and writers and
 * readers keep the rest.
 */
final class RefreshPacing {

	private final double restFactor;

	private final LongSupplier nanoTime;

	/** System.nanoTime() from which the next refresh may start; compared by difference, as nanoTime must be. */
	private volatile long restUntil;

	RefreshPacing(double restFactor, LongSupplier nanoTime) {
		this.restFactor = restFactor;
		this.nanoTime = nanoTime;
		this.restUntil = nanoTime.getAsLong();
	}

	/** How long until the next refresh may start; zero once rested. */
	long delayNanos() {
		return Math.max(0, this.restUntil - this.nanoTime.getAsLong());
	}

	boolean rested() {
		return delayNanos() == 0;
	}

	/**
	 * A refresh that took this long has just ended; whether the data changed again while it ran. Only then does the
	 * refresher rest: under sustained writes it must leave the cores to them, but after a lone write there is
	 * nobody to leave them to, and the next write should show after one refresh, not after a rest and a refresh.
	 */
	void refreshed(long tookNanos, boolean changedMeanwhile) {
		long now = this.nanoTime.getAsLong();
		this.restUntil = changedMeanwhile ? now + (long) (tookNanos * this.restFactor) : now;
	}

}
