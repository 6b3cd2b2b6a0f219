package nl.mijnstad.analytics.algorithm;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Diversity of a count distribution, such as the network kinds or districts among a value's supporters,
 * as the effective number of categories exp(H) with H the Shannon entropy in nats (Hill number of order
 * 1); takes O(k) for k categories.
 *
 * <p>Reads as "as diverse as this many equally sized categories": no counts give 0, one category gives
 * 1, k equal categories give k, and an uneven spread gives something in between. Categories with count 0
 * are ignored.
 */
public final class EffectiveNumber {

	private final long[] counts;

	private final long total;

	/** The diversity of the given counts, one per category; counts must not be negative. */
	public EffectiveNumber(Collection<Integer> counts) {
		if (counts == null) {
			throw new IllegalArgumentException("counts must not be null");
		}
		this.counts = new long[counts.size()];
		long sum = 0;
		int i = 0;
		for (Integer count : counts) {
			if (count == null || count < 0) {
				throw new IllegalArgumentException("counts must not be null or negative, got " + count);
			}
			this.counts[i++] = count;
			sum += count;
		}
		this.total = sum;
	}

	/** The diversity of the counts per category. */
	public static EffectiveNumber of(Map<String, Integer> countsByCategory) {
		if (countsByCategory == null) {
			throw new IllegalArgumentException("counts must not be null");
		}
		return new EffectiveNumber(countsByCategory.values());
	}

	/** The diversity of the given counts, one per category. */
	public static EffectiveNumber of(int... counts) {
		if (counts == null) {
			throw new IllegalArgumentException("counts must not be null");
		}
		return new EffectiveNumber(Arrays.stream(counts).boxed().toList());
	}

	/** The Shannon entropy in nats, 0 for no counts or a single category. */
	public double entropy() {
		if (this.total == 0) {
			return 0.0;
		}
		double entropy = 0.0;
		for (long count : this.counts) {
			if (count > 0) {
				double share = (double) count / this.total;
				entropy -= share * Math.log(share);
			}
		}
		return entropy;
	}

	/** The effective number of categories exp(H): 0 without counts, 1 for one category, k for k equal ones. */
	public double value() {
		return (this.total == 0) ? 0.0 : Math.exp(entropy());
	}

	/** How many categories have a count above 0: the upper bound of {@link #value()}. */
	public int categories() {
		int categories = 0;
		for (long count : this.counts) {
			if (count > 0) {
				categories++;
			}
		}
		return categories;
	}

}
