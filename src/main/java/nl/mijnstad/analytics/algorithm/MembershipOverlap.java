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
 * comparing all pairs of networks: each person adds one to every pair of networks they belong to, so
 * the cost is O(Σ m_p²) for people p in m_p networks (plus sorting the pairs that come out), not O(N²)
 * for N networks.
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

	private synchronized Result result() {
		if (this.result == null) {
			this.result = compute();
		}
		return this.result;
	}

	private Result compute() {
		int n = this.networks.size();
		int[] sizes = new int[n];
		long pairs = 0;
		int skipped = 0;
		for (int[] memberships : this.networksOfPerson) {
			for (int network : memberships) {
				sizes[network]++;
			}
			if (memberships.length > this.limits.maxNetworksPerPerson()) {
				skipped++;
			}
			else {
				pairs += (long) memberships.length * (memberships.length - 1) / 2;
			}
		}
		PairCounter counter = new PairCounter((int) Math.min(pairs, 1 << 22));
		for (int[] memberships : this.networksOfPerson) {
			if (memberships.length <= this.limits.maxNetworksPerPerson()) {
				// memberships are sorted and distinct, so memberships[i] < memberships[j] as the key requires.
				for (int i = 0; i < memberships.length; i++) {
					for (int j = i + 1; j < memberships.length; j++) {
						counter.increment(memberships[i], memberships[j]);
					}
				}
			}
		}
		Pairs found = inIndexOrder(counter);
		boolean[] kept = (this.limits.topKPerNetwork() > 0) ? topK(found, sizes) : null;
		List<NetworkOverlap> overlaps = new ArrayList<>(found.shared.length);
		for (int e = 0; e < found.shared.length; e++) {
			if (kept == null || kept[e]) {
				overlaps.add(overlap(found.first[e], found.second[e], found.shared[e], sizes));
			}
		}
		return new Result(Collections.unmodifiableList(overlaps), sizes, skipped, pairs);
	}

	/**
	 * The pairs that pass minShared, ordered by the index of their first and then their second network,
	 * by bucketing on the first network and sorting each bucket: linear apart from the small sorts, where
	 * sorting millions of records by a comparator would take seconds.
	 */
	private Pairs inIndexOrder(PairCounter counter) {
		int n = this.networks.size();
		int[] bucketStart = new int[n + 1];
		for (int slot = 0; slot < counter.capacity(); slot++) {
			if (counter.keyAt(slot) != 0 && counter.countAt(slot) >= this.limits.minShared()) {
				bucketStart[PairCounter.first(counter.keyAt(slot)) + 1]++;
			}
		}
		for (int a = 0; a < n; a++) {
			bucketStart[a + 1] += bucketStart[a];
		}
		// Each entry packs the second network (high half) with the count (low half), so sorting sorts by b.
		long[] entries = new long[bucketStart[n]];
		int[] fill = Arrays.copyOf(bucketStart, n);
		for (int slot = 0; slot < counter.capacity(); slot++) {
			long key = counter.keyAt(slot);
			int shared = counter.countAt(slot);
			if (key != 0 && shared >= this.limits.minShared()) {
				entries[fill[PairCounter.first(key)]++] = ((long) PairCounter.second(key) << 32) | shared;
			}
		}
		Pairs pairs = new Pairs(new int[entries.length], new int[entries.length], new int[entries.length]);
		for (int a = 0; a < n; a++) {
			Arrays.sort(entries, bucketStart[a], bucketStart[a + 1]);
			for (int e = bucketStart[a]; e < bucketStart[a + 1]; e++) {
				pairs.first[e] = a;
				pairs.second[e] = (int) (entries[e] >>> 32);
				pairs.shared[e] = (int) entries[e];
			}
		}
		return pairs;
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
	 * Marks the pairs among the k strongest of either network. For one network, more shared members come
	 * first; with as many shared, the higher Jaccard, which is the smaller other network; then the other
	 * network's id. Keeps a sorted array of the best k per network: O(P·k) at worst for P pairs.
	 */
	private boolean[] topK(Pairs pairs, int[] sizes) {
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
		int count = pairs.shared.length;
		int[] incidentStart = new int[n + 1];
		for (int e = 0; e < count; e++) {
			incidentStart[pairs.first[e] + 1]++;
			incidentStart[pairs.second[e] + 1]++;
		}
		for (int i = 0; i < n; i++) {
			incidentStart[i + 1] += incidentStart[i];
		}
		int[] incident = new int[2 * count];
		int[] fill = Arrays.copyOf(incidentStart, n);
		for (int e = 0; e < count; e++) {
			incident[fill[pairs.first[e]]++] = e;
			incident[fill[pairs.second[e]]++] = e;
		}
		boolean[] kept = new boolean[count];
		int[] best = new int[k];
		for (int network = 0; network < n; network++) {
			int held = 0;
			for (int i = incidentStart[network]; i < incidentStart[network + 1]; i++) {
				int e = incident[i];
				if (held == k && !stronger(e, best[k - 1], network, pairs, sizes, idRank)) {
					continue;
				}
				int at = (held < k) ? held++ : k - 1;
				while (at > 0 && stronger(e, best[at - 1], network, pairs, sizes, idRank)) {
					best[at] = best[at - 1];
					at--;
				}
				best[at] = e;
			}
			for (int i = 0; i < held; i++) {
				kept[best[i]] = true;
			}
		}
		return kept;
	}

	private static boolean stronger(int e, int f, int network, Pairs pairs, int[] sizes, int[] idRank) {
		if (pairs.shared[e] != pairs.shared[f]) {
			return pairs.shared[e] > pairs.shared[f];
		}
		int otherE = (pairs.first[e] == network) ? pairs.second[e] : pairs.first[e];
		int otherF = (pairs.first[f] == network) ? pairs.second[f] : pairs.first[f];
		if (sizes[otherE] != sizes[otherF]) {
			return sizes[otherE] < sizes[otherF];
		}
		return idRank[otherE] < idRank[otherF];
	}

	/** Pairs of network indices with their shared members, as parallel arrays. */
	private record Pairs(int[] first, int[] second, int[] shared) {
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
