package nl.mijnstad.analytics.algorithm;

/**
 * Counts occurrences of pairs of int ids in an open-addressing hash table from long keys to int counts,
 * so that millions of pairs cost two flat arrays instead of millions of boxed map entries.
 *
 * <p>A pair (a, b) with 0 ≤ a < b is keyed as (a << 32) | b, which is never 0 because b ≥ 1; 0 therefore
 * marks an empty slot. Linear probing with a MurmurHash3 finaliser to spread keys; the table doubles
 * when it is more than half full. Not thread-safe.
 */
final class PairCounter {

	private static final int MAX_CAPACITY = 1 << 30;

	private long[] keys;

	private int[] counts;

	private int mask;

	private int size;

	PairCounter(int expectedPairs) {
		int capacity = 16;
		while (capacity < MAX_CAPACITY && capacity < 2L * expectedPairs) {
			capacity <<= 1;
		}
		allocate(capacity);
	}

	static long key(int a, int b) {
		return ((long) a << 32) | (b & 0xFFFFFFFFL);
	}

	static int first(long key) {
		return (int) (key >>> 32);
	}

	static int second(long key) {
		return (int) key;
	}

	/** Adds one to the count of the pair {@code a < b}. */
	void increment(int a, int b) {
		long key = key(a, b);
		int slot = slot(key);
		while (true) {
			long found = this.keys[slot];
			if (found == key) {
				this.counts[slot]++;
				return;
			}
			if (found == 0) {
				this.keys[slot] = key;
				this.counts[slot] = 1;
				if (++this.size > (this.mask + 1) / 2) {
					grow();
				}
				return;
			}
			slot = (slot + 1) & this.mask;
		}
	}

	/** The count of the pair {@code a < b}, 0 if it never occurred. */
	int get(int a, int b) {
		long key = key(a, b);
		int slot = slot(key);
		while (true) {
			long found = this.keys[slot];
			if (found == key) {
				return this.counts[slot];
			}
			if (found == 0) {
				return 0;
			}
			slot = (slot + 1) & this.mask;
		}
	}

	/** How many distinct pairs were counted. */
	int size() {
		return this.size;
	}

	/** Number of slots, for iterating with {@link #keyAt} and {@link #countAt}; empty slots have key 0. */
	int capacity() {
		return this.keys.length;
	}

	long keyAt(int slot) {
		return this.keys[slot];
	}

	int countAt(int slot) {
		return this.counts[slot];
	}

	private int slot(long key) {
		long h = key;
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return (int) h & this.mask;
	}

	private void allocate(int capacity) {
		this.keys = new long[capacity];
		this.counts = new int[capacity];
		this.mask = capacity - 1;
	}

	private void grow() {
		if (this.keys.length >= MAX_CAPACITY) {
			throw new IllegalStateException("too many distinct pairs to count: " + this.size);
		}
		long[] oldKeys = this.keys;
		int[] oldCounts = this.counts;
		allocate(oldKeys.length * 2);
		for (int i = 0; i < oldKeys.length; i++) {
			long key = oldKeys[i];
			if (key != 0) {
				int slot = slot(key);
				while (this.keys[slot] != 0) {
					slot = (slot + 1) & this.mask;
				}
				this.keys[slot] = key;
				this.counts[slot] = oldCounts[i];
			}
		}
	}

}
