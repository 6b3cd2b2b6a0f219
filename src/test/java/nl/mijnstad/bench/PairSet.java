package nl.mijnstad.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pairs of networks (by index, smaller index first) with the number of members they share, as sorted
 * primitive arrays: millions of pairs at national scale, compared across methods without boxing.
 */
final class PairSet {

	private long[] keys;

	private int[] shared;

	private int size;

	private boolean sorted = true;

	PairSet() {
		this(1024);
	}

	PairSet(int capacity) {
		this.keys = new long[Math.max(capacity, 16)];
		this.shared = new int[this.keys.length];
	}

	void add(int a, int b, int sharedMembers) {
		if (a == b) {
			throw new IllegalArgumentException("a network does not overlap itself: " + a);
		}
		if (this.size == this.keys.length) {
			this.keys = Arrays.copyOf(this.keys, this.size * 2);
			this.shared = Arrays.copyOf(this.shared, this.size * 2);
		}
		long key = key(a, b);
		if (this.size > 0 && key <= this.keys[this.size - 1]) {
			this.sorted = false;
		}
		this.keys[this.size] = key;
		this.shared[this.size++] = sharedMembers;
	}

	static long key(int a, int b) {
		return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
	}

	int size() {
		return this.size;
	}

	long totalShared() {
		long total = 0;
		for (int i = 0; i < this.size; i++) {
			total += this.shared[i];
		}
		return total;
	}

	private void sort() {
		if (this.sorted) {
			return;
		}
		boolean small = true;
		for (int i = 0; i < this.size && small; i++) {
			small = (this.keys[i] >>> 32) < 0x10000 && (int) this.keys[i] < 0x10000;
		}
		long[] keys = new long[this.size];
		int[] counts = new int[this.size];
		if (small) {
			// Both indices fit in 16 bits: pack pair and count into one long and sort primitives.
			long[] packed = new long[this.size];
			for (int i = 0; i < this.size; i++) {
				long pair = ((this.keys[i] >>> 32) << 16) | (this.keys[i] & 0xFFFF);
				packed[i] = (pair << 32) | (this.shared[i] & 0xFFFFFFFFL);
			}
			Arrays.sort(packed);
			for (int i = 0; i < this.size; i++) {
				long pair = packed[i] >>> 32;
				keys[i] = ((pair >>> 16) << 32) | (pair & 0xFFFF);
				counts[i] = (int) packed[i];
			}
		}
		else {
			Integer[] order = new Integer[this.size];
			for (int i = 0; i < this.size; i++) {
				order[i] = i;
			}
			long[] unsorted = this.keys;
			Arrays.sort(order, (x, y) -> Long.compare(unsorted[x], unsorted[y]));
			for (int i = 0; i < this.size; i++) {
				keys[i] = unsorted[order[i]];
				counts[i] = this.shared[order[i]];
			}
		}
		for (int i = 1; i < this.size; i++) {
			if (keys[i] == keys[i - 1]) {
				throw new IllegalStateException("pair " + describe(keys[i]) + " appears more than once");
			}
		}
		this.keys = keys;
		this.shared = counts;
		this.sorted = true;
	}

	/**
	 * How this set differs from another: empty when both hold the same pairs with the same shared counts;
	 * otherwise up to {@code limit} lines describing differences.
	 */
	List<String> differences(PairSet other, int limit) {
		sort();
		other.sort();
		List<String> differences = new ArrayList<>();
		int i = 0;
		int j = 0;
		while ((i < this.size || j < other.size) && differences.size() < limit) {
			long a = i < this.size ? this.keys[i] : Long.MAX_VALUE;
			long b = j < other.size ? other.keys[j] : Long.MAX_VALUE;
			if (a == b) {
				if (this.shared[i] != other.shared[j]) {
					differences.add(describe(a) + ": " + this.shared[i] + " vs " + other.shared[j] + " shared");
				}
				i++;
				j++;
			}
			else if (a < b) {
				differences.add(describe(a) + " only in the first");
				i++;
			}
			else {
				differences.add(describe(b) + " only in the second");
				j++;
			}
		}
		return differences;
	}

	private static String describe(long key) {
		return "(" + (key >>> 32) + ", " + (int) key + ")";
	}

	/** The members networks a and b share, 0 when they are not a pair here. */
	int sharedOf(int a, int b) {
		sort();
		int at = Arrays.binarySearch(this.keys, 0, this.size, key(a, b));
		return at < 0 ? 0 : this.shared[at];
	}

	/** Calls the action for every pair: first index, second index, shared members. */
	void forEach(PairAction action) {
		sort();
		for (int i = 0; i < this.size; i++) {
			action.accept((int) (this.keys[i] >>> 32), (int) this.keys[i], this.shared[i]);
		}
	}

	interface PairAction {

		void accept(int a, int b, int shared);

	}

}
