package nl.mijnstad.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Latencies of one measured operation, in nanoseconds: each client thread records into its own instance
 * (no sharing on the hot path), and the instances are merged at the end. Percentiles are nearest-rank.
 */
final class Latencies {

	private long[] nanos = new long[4096];

	private int size;

	void record(long elapsedNanos) {
		if (this.size == this.nanos.length) {
			this.nanos = Arrays.copyOf(this.nanos, this.size * 2);
		}
		this.nanos[this.size++] = elapsedNanos;
	}

	int count() {
		return this.size;
	}

	static Latencies merge(List<Latencies> parts) {
		Latencies all = new Latencies();
		for (Latencies part : parts) {
			for (int i = 0; i < part.size; i++) {
				all.record(part.nanos[i]);
			}
		}
		return all;
	}

	/** The nearest-rank percentile (0 < p ≤ 100) in milliseconds; NaN when nothing was recorded. */
	double percentileMillis(double p) {
		if (p <= 0 || p > 100) {
			throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
		}
		if (this.size == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.nanos, this.size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * this.size);
		return sorted[Math.max(rank, 1) - 1] / 1e6;
	}

	double maxMillis() {
		return this.size == 0 ? Double.NaN : Arrays.stream(this.nanos, 0, this.size).max().getAsLong() / 1e6;
	}

}
