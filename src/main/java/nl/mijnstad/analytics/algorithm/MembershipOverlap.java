package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Overlap of networks by shared members, counted from an inverted index over people rather than by
 * comparing all pairs of networks: network by network, each member's other networks are tallied in one dense
 * array (a row of the sparse product of the membership matrix with itself), so the cost is O(Σ m_p²) for people p
 * in m_p networks, not O(N²) for N networks, and the memory is O(networks + memberships) however many pairs there
 * are: at national scale there are tens of millions, which a table of all pairs would have to hold at once.
 *
 * <p>A person in m networks yields m(m−1)/2 pairs, so one account that is a member of everything would
 * dominate the cost. People in more than {@link Limits#maxNetworksPerPerson()} networks are therefore left
 * out of the pair counts (they still count in each network's size) and reported by
 * {@link #skippedPeople()}; overlaps that involve them are then lower bounds. Pairs with fewer than
 * {@link Limits#minShared()} shared members are dropped; with {@link Limits#topKPerNetwork()} above 0, a
 * pair is kept only if it is among the k largest overlaps of at least one of its two networks (by shared
 * members, then Jaccard, then the other network's id). Duplicate memberships count once. Instances
 * compute once, on first use, and are safe to share.
 */
public final class MembershipOverlap {

	private final List<String> networks;

	private final Map<String, Integer> networkIndex = new HashMap<>();

	private final int[][] networksOfPerson;

	private final Limits limits;

	private Index index;

	private Result result;

	/** Overlaps with the default {@link Limits}. */
	public MembershipOverlap(List<String> networks, int[][] networksOfPerson) {
		this(networks, networksOfPerson, Limits.DEFAULTS);
	}

	/**
	 * @param networks the network ids; a network's index in this list is how people refer to it
	 * @param networksOfPerson for each person, the indices of the networks they are a member of
	 * @param limits which pairs to keep and which people to leave out
	 */
	public MembershipOverlap(List<String> networks, int[][] networksOfPerson, Limits limits) {
		if (networks == null || networksOfPerson == null || limits == null) {
			throw new IllegalArgumentException("networks, networksOfPerson and limits must not be null");
		}
		for (String id : networks) {
			if (id == null) {
				throw new IllegalArgumentException("network ids must not be null");
			}
		}
		this.networks = List.copyOf(networks);
		for (int i = 0; i < this.networks.size(); i++) {
			if (this.networkIndex.put(this.networks.get(i), i) != null) {
				throw new IllegalArgumentException("network id '" + this.networks.get(i) + "' appears more than once");
			}
		}
		this.networksOfPerson = new int[networksOfPerson.length][];
		for (int p = 0; p < networksOfPerson.length; p++) {
			int[] memberships = networksOfPerson[p];
			if (memberships == null) {
				throw new IllegalArgumentException("memberships of person " + p + " must not be null");
			}
			for (int network : memberships) {
				if (network < 0 || network >= networks.size()) {
					throw new IllegalArgumentException(
							"person " + p + " is a member of network " + network + ", but there are " + networks.size());
				}
			}
			this.networksOfPerson[p] = sortedDistinct(memberships);
		}
		this.limits = limits;
	}

	private static int[] sortedDistinct(int[] memberships) {
		int[] sorted = memberships.clone();
		Arrays.sort(sorted);
		int distinct = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[distinct++] = sorted[i];
			}
		}
		return (distinct == sorted.length) ? sorted : Arrays.copyOf(sorted, distinct);
	}

	/** A builder that takes (person, network) pairs by id and numbers them itself. */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The overlapping pairs that pass the limits, in the order of the networks' indices (first network,
	 * then second): a fixed order that costs no sorting of millions of pairs; see {@link #strongest(int)}.
	 */
	public List<NetworkOverlap> overlaps() {
		return result().overlaps;
	}

	/**
	 * The {@code limit} strongest overlaps: most shared members first, then the most alike (Jaccard), then
	 * by ids; O(P log limit) for P pairs.
	 */
	public List<NetworkOverlap> strongest(int limit) {
		if (limit < 0) {
			throw new IllegalArgumentException("limit must not be negative, got " + limit);
		}
		PriorityQueue<NetworkOverlap> weakestOnTop = new PriorityQueue<>(STRONGEST_FIRST.reversed());
		for (NetworkOverlap overlap : result().overlaps) {
			if (weakestOnTop.size() < limit) {
				weakestOnTop.add(overlap);
			}
			else if (limit > 0 && STRONGEST_FIRST.compare(overlap, weakestOnTop.peek()) < 0) {
				weakestOnTop.poll();
				weakestOnTop.add(overlap);
			}
		}
		List<NetworkOverlap> strongest = new ArrayList<>(weakestOnTop);
		strongest.sort(STRONGEST_FIRST);
		return strongest;
	}

	/** The network ids, in index order. */
	public List<String> networks() {
		return this.networks;
	}

	/** How many distinct people are members of the network. */
	public int members(String network) {
		Integer index = this.networkIndex.get(network);
		if (index == null) {
			throw new IllegalArgumentException("unknown network '" + network + "'");
		}
		return result().sizes[index];
	}

	/** How many people were left out of the pair counts for being in too many networks. */
	public int skippedPeople() {
		return result().skippedPeople;
	}

	/** How many (person, pair of networks) increments were counted: Σ m(m−1)/2 over the people counted. */
	public long countedPairs() {
		return result().countedPairs;
	}

	/**
	 * Calls the visitor for every overlapping pair that passes the limits, in the order of {@link #overlaps()}, with
	 * the two networks' indices (first &lt; second) and the members they share: for callers that want millions of
	 * pairs without an object each. Computes afresh on every call; memory stays O(networks + memberships).
	 */
	public void forEachPair(PairVisitor visitor) {
		Index index = index();
		Tally tally = new Tally(index);
		int n = this.networks.size();
		for (int a = 0; a < n; a++) {
			tally.count(a, true);
			int[] later = tally.inIndexOrder(a);
			for (int b : later) {
				int shared = tally.shared(b);
				if (shared >= this.limits.minShared()
						&& (index.threshold == null || index.threshold.keeps(a, b, shared) || index.threshold.keeps(b, a, shared))) {
					visitor.pair(a, b, shared);
				}
			}
			tally.clear();
		}
	}

	/** Receives one overlapping pair by network index. */
	@FunctionalInterface
	public interface PairVisitor {

		void pair(int first, int second, int shared);

	}

	private synchronized Index index() {
		if (this.index == null) {
			this.index = new Index(this.networksOfPerson, this.networks.size(), this.limits);
			if (this.limits.topKPerNetwork() > 0) {
				this.index.threshold = thresholds(this.index);
			}
		}
		return this.index;
	}

	private synchronized Result result() {
		if (this.result == null) {
			Index index = index();
			List<NetworkOverlap> overlaps = new ArrayList<>();
			forEachPair((a, b, shared) -> overlaps.add(overlap(a, b, shared, index.sizes)));
			this.result = new Result(Collections.unmodifiableList(overlaps), index.sizes, index.skippedPeople,
					index.countedPairs);
		}
		return this.result;
	}

	/**
	 * The people counted in pairs, per network (the inverted index, as flat arrays), with each network's size
	 * and the counts reported about the people left out.
	 */
	private static final class Index {

		final int[] sizes;

		final int[] memberStart;

		final int[] members;

		final int[][] networksOfPerson;

		final int skippedPeople;

		final long countedPairs;

		Threshold threshold;

		Index(int[][] networksOfPerson, int n, Limits limits) {
			this.networksOfPerson = networksOfPerson;
			this.sizes = new int[n];
			this.memberStart = new int[n + 1];
			long pairs = 0;
			int skipped = 0;
			for (int[] memberships : networksOfPerson) {
				for (int network : memberships) {
					this.sizes[network]++;
				}
				if (memberships.length > limits.maxNetworksPerPerson()) {
					skipped++;
				}
				else {
					pairs += (long) memberships.length * (memberships.length - 1) / 2;
					for (int network : memberships) {
						this.memberStart[network + 1]++;
					}
				}
			}
			for (int a = 0; a < n; a++) {
				this.memberStart[a + 1] += this.memberStart[a];
			}
			this.members = new int[this.memberStart[n]];
			int[] fill = Arrays.copyOf(this.memberStart, n);
			for (int p = 0; p < networksOfPerson.length; p++) {
				if (networksOfPerson[p].length <= limits.maxNetworksPerPerson()) {
					for (int network : networksOfPerson[p]) {
						this.members[fill[network]++] = p;
					}
				}
			}
			this.skippedPeople = skipped;
			this.countedPairs = pairs;
		}

	}

	/**
	 * One network's row of the overlap matrix: how many members it shares with each other network, tallied in a
	 * dense array over its members' memberships (Gustavson's row-by-row sparse product), then cleared for the next
	 * row by resetting only the entries it touched. Reused across rows, so counting all rows allocates only the
	 * arrays of the ones returned.
	 */
	private static final class Tally {

		private final Index index;

		private final int[] shared;

		private final int[] touched;

		private int size;

		Tally(Index index) {
			this.index = index;
			this.shared = new int[index.sizes.length];
			this.touched = new int[index.sizes.length];
		}

		/** Counts network {@code a}'s overlaps with every other network, or only with those of a higher index. */
		void count(int a, boolean laterOnly) {
			for (int i = this.index.memberStart[a]; i < this.index.memberStart[a + 1]; i++) {
				int[] memberships = this.index.networksOfPerson[this.index.members[i]];
				// memberships are sorted and distinct and hold a, so the later ones start right after it.
				int from = laterOnly ? Arrays.binarySearch(memberships, a) + 1 : 0;
				for (int j = from; j < memberships.length; j++) {
					int b = memberships[j];
					if (b != a && this.shared[b]++ == 0) {
						this.touched[this.size++] = b;
					}
				}
			}
		}

		int shared(int b) {
			return this.shared[b];
		}

		/**
		 * The networks counted in row {@code a} (with {@code laterOnly}: all above a), in index order. A dense row
		 * (values held by thousands of networks make most rows touch most networks) is read off the tally in one
		 * scan rather than sorted.
		 */
		int[] inIndexOrder(int a) {
			int span = this.shared.length - a - 1;
			if ((long) this.size * (32 - Integer.numberOfLeadingZeros(this.size)) <= span) {
				int[] row = Arrays.copyOf(this.touched, this.size);
				Arrays.sort(row);
				return row;
			}
			int[] row = new int[this.size];
			int filled = 0;
			for (int b = a + 1; filled < this.size; b++) {
				if (this.shared[b] != 0) {
					row[filled++] = b;
				}
			}
			return row;
		}

		/** The networks counted in this row, in no particular order; valid until {@link #clear()}. */
		int size() {
			return this.size;
		}

		int touched(int i) {
			return this.touched[i];
		}

		void clear() {
			for (int i = 0; i < this.size; i++) {
				this.shared[this.touched[i]] = 0;
			}
			this.size = 0;
		}

	}

	/**
	 * Each network's k-th strongest overlap (or none when it has fewer than k), from a first pass over every row:
	 * a pair is among a network's k strongest exactly when it is at least as strong as that k-th one, so the
	 * second pass can decide each pair as it comes, without holding all pairs. For one network, more shared
	 * members come first; with as many shared, the higher Jaccard, which is the smaller other network; then the
	 * other network's id.
	 */
	private Threshold thresholds(Index index) {
		int n = this.networks.size();
		int k = this.limits.topKPerNetwork();
		Integer[] byId = new Integer[n];
		for (int i = 0; i < n; i++) {
			byId[i] = i;
		}
		Arrays.sort(byId, Comparator.comparing(this.networks::get));
		int[] idRank = new int[n];
		for (int r = 0; r < n; r++) {
			idRank[byId[r]] = r;
		}
		Threshold threshold = new Threshold(index.sizes, idRank);
		Tally tally = new Tally(index);
		int[] best = new int[k];
		for (int a = 0; a < n; a++) {
			tally.count(a, false);
			int held = 0;
			for (int i = 0; i < tally.size(); i++) {
				int b = tally.touched(i);
				if (tally.shared(b) < this.limits.minShared()
						|| (held == k && !threshold.stronger(tally, b, best[k - 1]))) {
					continue;
				}
				int at = (held < k) ? held++ : k - 1;
				while (at > 0 && threshold.stronger(tally, b, best[at - 1])) {
					best[at] = best[at - 1];
					at--;
				}
				best[at] = b;
			}
			if (held == k) {
				threshold.set(a, tally.shared(best[k - 1]), best[k - 1]);
			}
			tally.clear();
		}
		return threshold;
	}

	/** Per network, its k-th strongest overlap: the members shared and the other network; none when -1. */
	private static final class Threshold {

		private final int[] sizes;

		private final int[] idRank;

		private final int[] shared;

		private final int[] other;

		Threshold(int[] sizes, int[] idRank) {
			this.sizes = sizes;
			this.idRank = idRank;
			this.shared = new int[sizes.length];
			this.other = new int[sizes.length];
			Arrays.fill(this.other, -1);
		}

		void set(int network, int shared, int other) {
			this.shared[network] = shared;
			this.other[network] = other;
		}

		/** Whether the pair with {@code other} is among network {@code network}'s k strongest. */
		boolean keeps(int network, int other, int shared) {
			int kth = this.other[network];
			return kth < 0 || other == kth || stronger(shared, other, this.shared[network], kth);
		}

		/** Within one row: whether the overlap with {@code b} is stronger than the one with {@code c}. */
		boolean stronger(Tally tally, int b, int c) {
			return stronger(tally.shared(b), b, tally.shared(c), c);
		}

		private boolean stronger(int sharedB, int b, int sharedC, int c) {
			if (sharedB != sharedC) {
				return sharedB > sharedC;
			}
			if (this.sizes[b] != this.sizes[c]) {
				return this.sizes[b] < this.sizes[c];
			}
			return this.idRank[b] < this.idRank[c];
		}

	}

	/** Most shared members first, then the most alike (Jaccard), then by ids. */
	private static final Comparator<NetworkOverlap> STRONGEST_FIRST = Comparator
		.comparingInt(NetworkOverlap::sharedMembers)
		.thenComparingDouble(NetworkOverlap::jaccard)
		.reversed()
		.thenComparing(NetworkOverlap::a)
		.thenComparing(NetworkOverlap::b);

	private NetworkOverlap overlap(int i, int j, int shared, int[] sizes) {
		String a = this.networks.get(i);
		String b = this.networks.get(j);
		int sizeA = sizes[i];
		int sizeB = sizes[j];
		if (a.compareTo(b) > 0) {
			String id = a;
			a = b;
			b = id;
			int size = sizeA;
			sizeA = sizeB;
			sizeB = size;
		}
		double jaccard = (double) shared / (sizeA + sizeB - shared);
		double overlapCoefficient = (double) shared / Math.min(sizeA, sizeB);
		return new NetworkOverlap(a, b, shared, sizeA, sizeB, jaccard, overlapCoefficient);
	}

	/**
	 * Which pairs to keep and which people to leave out.
	 *
	 * @param minShared the fewest shared members for a pair to be reported, at least 1 (default 1)
	 * @param topKPerNetwork keep only each network's k largest overlaps; 0 keeps all (default 0)
	 * @param maxNetworksPerPerson leave people in more networks than this out of the pair counts, since each
	 * yields m(m−1)/2 pairs (default 1,000, that is at most 499,500 pairs per person)
	 */
	public record Limits(int minShared, int topKPerNetwork, int maxNetworksPerPerson) {

		/** One shared member is enough, all pairs kept, people in up to 1,000 networks counted. */
		public static final Limits DEFAULTS = new Limits(1, 0, 1_000);

		public Limits {
			if (minShared < 1) {
				throw new IllegalArgumentException("minShared must be at least 1, got " + minShared);
			}
			if (topKPerNetwork < 0) {
				throw new IllegalArgumentException("topKPerNetwork must be 0 (all) or more, got " + topKPerNetwork);
			}
			if (maxNetworksPerPerson < 2) {
				throw new IllegalArgumentException("maxNetworksPerPerson must be at least 2, got " + maxNetworksPerPerson);
			}
		}

		public Limits withMinShared(int minShared) {
			return new Limits(minShared, this.topKPerNetwork, this.maxNetworksPerPerson);
		}

		public Limits withTopKPerNetwork(int topKPerNetwork) {
			return new Limits(this.minShared, topKPerNetwork, this.maxNetworksPerPerson);
		}

		public Limits withMaxNetworksPerPerson(int maxNetworksPerPerson) {
			return new Limits(this.minShared, this.topKPerNetwork, maxNetworksPerPerson);
		}

	}

	/** Collects memberships as (person id, network id) pairs and numbers both in order of first appearance. */
	public static final class Builder {

		private final Map<String, Integer> networkIndex = new HashMap<>();

		private final List<String> networks = new ArrayList<>();

		private final Map<String, Integer> personIndex = new HashMap<>();

		private final List<int[]> memberships = new ArrayList<>();

		private final List<Integer> membershipCounts = new ArrayList<>();

		private Limits limits = Limits.DEFAULTS;

		private Builder() {
		}

		/** Records that the person is a member of the network; repeating a membership changes nothing. */
		public Builder add(String personId, String networkId) {
			if (personId == null || networkId == null) {
				throw new IllegalArgumentException("person and network ids must not be null");
			}
			int network = this.networkIndex.computeIfAbsent(networkId, (id) -> {
				this.networks.add(id);
				return this.networks.size() - 1;
			});
			int person = this.personIndex.computeIfAbsent(personId, (id) -> {
				this.memberships.add(new int[4]);
				this.membershipCounts.add(0);
				return this.memberships.size() - 1;
			});
			int count = this.membershipCounts.get(person);
			int[] own = this.memberships.get(person);
			if (count == own.length) {
				own = Arrays.copyOf(own, count * 2);
				this.memberships.set(person, own);
			}
			own[count] = network;
			this.membershipCounts.set(person, count + 1);
			return this;
		}

		/** Adds a network that may have no members, so that it is known to {@link MembershipOverlap#members}. */
		public Builder network(String networkId) {
			if (networkId == null) {
				throw new IllegalArgumentException("network id must not be null");
			}
			this.networkIndex.computeIfAbsent(networkId, (id) -> {
				this.networks.add(id);
				return this.networks.size() - 1;
			});
			return this;
		}

		public Builder limits(Limits limits) {
			this.limits = limits;
			return this;
		}

		public MembershipOverlap build() {
			int[][] networksOfPerson = new int[this.memberships.size()][];
			for (int p = 0; p < networksOfPerson.length; p++) {
				networksOfPerson[p] = Arrays.copyOf(this.memberships.get(p), this.membershipCounts.get(p));
			}
			return new MembershipOverlap(this.networks, networksOfPerson, this.limits);
		}

	}

	private record Result(List<NetworkOverlap> overlaps, int[] sizes, int skippedPeople, long countedPairs) {
	}

}
