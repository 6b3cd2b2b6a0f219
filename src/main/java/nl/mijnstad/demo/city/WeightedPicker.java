package nl.mijnstad.demo.city;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws an item index with probability proportional to its weight, in O(log n) per draw, by binary search
 * over cumulative weights.
 */
final class WeightedPicker {

	private final int[] items;

	private final double[] cumulative;

	private WeightedPicker(int[] items, double[] cumulative) {
		this.items = items;
		this.cumulative = cumulative;
	}

	/** A picker over items {@code 0..weights.length-1}. */
	static WeightedPicker of(double[] weights) {
		int[] items = new int[weights.length];
		Arrays.setAll(items, i -> i);
		return of(items, weights, weights.length);
	}

	/** A picker over the first {@code count} of {@code items} with their {@code weights}. */
	static WeightedPicker of(int[] items, double[] weights, int count) {
		double[] cumulative = new double[count];
		double sum = 0;
		for (int i = 0; i < count; i++) {
			if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
				throw new IllegalArgumentException("weight " + weights[i] + " at " + i);
			}
			sum += weights[i];
			cumulative[i] = sum;
		}
		return new WeightedPicker(Arrays.copyOf(items, count), cumulative);
	}

	boolean isEmpty() {
		return this.items.length == 0 || this.cumulative[this.cumulative.length - 1] <= 0;
	}

	int pick(SplittableRandom random) {
		double total = this.cumulative[this.cumulative.length - 1];
		double target = random.nextDouble() * total;
		int at = Arrays.binarySearch(this.cumulative, target);
		at = (at >= 0) ? at + 1 : -at - 1;
		// skips zero-weight items that share a cumulative value with their predecessor
		while (at < this.cumulative.length - 1 && this.cumulative[at] <= target) {
			at++;
		}
		return this.items[Math.min(at, this.items.length - 1)];
	}

}
