package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class MembershipOverlapTests {

	@Test
	void countsSharedMembersOfAHandCheckedCity() {
		// voetbal: ann, bob, cas; koor: bob, cas, dirk; buurt: cas, eva
		MembershipOverlap overlap = MembershipOverlap.builder()
			.add("ann", "voetbal")
			.add("bob", "voetbal")
			.add("cas", "voetbal")
			.add("bob", "koor")
			.add("cas", "koor")
			.add("dirk", "koor")
			.add("cas", "buurt")
			.add("eva", "buurt")
			.add("eva", "buurt")
			.build();

		// Networks are numbered in order of appearance: voetbal 0, koor 1, buurt 2.
		assertThat(overlap.overlaps()).containsExactly(new NetworkOverlap("koor", "voetbal", 2, 3, 3, 2.0 / 4, 2.0 / 3),
				new NetworkOverlap("buurt", "voetbal", 1, 2, 3, 1.0 / 4, 1.0 / 2),
				new NetworkOverlap("buurt", "koor", 1, 2, 3, 1.0 / 4, 1.0 / 2));
		assertThat(overlap.strongest(2)).containsExactly(new NetworkOverlap("koor", "voetbal", 2, 3, 3, 2.0 / 4, 2.0 / 3),
				new NetworkOverlap("buurt", "koor", 1, 2, 3, 1.0 / 4, 1.0 / 2));
		assertThat(overlap.members("buurt")).isEqualTo(2);
		assertThat(overlap.countedPairs()).isEqualTo(1 + 3);
	}

	@Test
	void agreesWithBruteForceOnASmallGeneratedCity() {
		GeneratedMemberships city = GeneratedMemberships.generate(400, 60, 1_500, 7L);
		MembershipOverlap overlap = new MembershipOverlap(city.networks, city.networksOfPerson);

		List<NetworkOverlap> expected = bruteForce(city, 1);

		assertThat(overlap.overlaps()).containsExactlyInAnyOrderElementsOf(expected).hasSizeGreaterThan(100);
		assertThat(overlap.strongest(expected.size())).isEqualTo(expected);
		assertThat(overlap.strongest(10)).isEqualTo(expected.subList(0, 10));
	}

	@Test
	void visitsTheSamePairsAsItListsWithoutAnObjectEach() {
		GeneratedMemberships city = GeneratedMemberships.generate(300, 40, 1_200, 11L);
		MembershipOverlap overlap = new MembershipOverlap(city.networks, city.networksOfPerson,
				MembershipOverlap.Limits.DEFAULTS.withTopKPerNetwork(3).withMinShared(2));
		List<String> visited = new java.util.ArrayList<>();
		overlap.forEachPair((a, b, shared) -> {
			assertThat(a).isLessThan(b);
			visited.add(city.networks.get(a) + "|" + city.networks.get(b) + "|" + shared);
		});

		List<String> listed = overlap.overlaps().stream().map((o) -> {
			boolean inOrder = city.networks.indexOf(o.a()) < city.networks.indexOf(o.b());
			return (inOrder ? o.a() + "|" + o.b() : o.b() + "|" + o.a()) + "|" + o.sharedMembers();
		}).toList();
		assertThat(visited).isEqualTo(listed).hasSizeGreaterThan(20);
	}

	@Test
	void minSharedDropsSmallOverlaps() {
		GeneratedMemberships city = GeneratedMemberships.generate(400, 60, 1_500, 8L);
		MembershipOverlap overlap = new MembershipOverlap(city.networks, city.networksOfPerson,
				MembershipOverlap.Limits.DEFAULTS.withMinShared(3));

		assertThat(overlap.strongest(Integer.MAX_VALUE)).isEqualTo(bruteForce(city, 3)).isNotEmpty();
	}

	@Test
	void topKKeepsEachNetworksLargestOverlaps() {
		GeneratedMemberships city = GeneratedMemberships.generate(300, 40, 1_200, 9L);
		int k = 2;
		MembershipOverlap overlap = new MembershipOverlap(city.networks, city.networksOfPerson,
				MembershipOverlap.Limits.DEFAULTS.withTopKPerNetwork(k));
		List<NetworkOverlap> all = bruteForce(city, 1);

		Set<NetworkOverlap> expected = new HashSet<>();
		for (String network : city.networks) {
			Comparator<NetworkOverlap> best = Comparator.comparingInt(NetworkOverlap::sharedMembers)
				.thenComparingDouble(NetworkOverlap::jaccard)
				.reversed()
				.thenComparing((o) -> o.a().equals(network) ? o.b() : o.a());
			all.stream().filter((o) -> o.a().equals(network) || o.b().equals(network)).sorted(best).limit(k).forEach(expected::add);
		}
		assertThat(overlap.overlaps()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(overlap.overlaps()).isSortedAccordingTo(Comparator
			.comparingInt((NetworkOverlap o) -> Math.min(city.networks.indexOf(o.a()), city.networks.indexOf(o.b())))
			.thenComparingInt((o) -> Math.max(city.networks.indexOf(o.a()), city.networks.indexOf(o.b()))));
	}

	@Test
	void peopleInTooManyNetworksAreLeftOutOfPairsButNotOfSizes() {
		MembershipOverlap.Builder builder = MembershipOverlap.builder()
			.limits(MembershipOverlap.Limits.DEFAULTS.withMaxNetworksPerPerson(3));
		for (String network : List.of("a", "b", "c", "d")) {
			builder.add("connector", network);
		}
		builder.add("ann", "a").add("ann", "b");
		MembershipOverlap overlap = builder.build();

		assertThat(overlap.skippedPeople()).isEqualTo(1);
		assertThat(overlap.overlaps()).containsExactly(new NetworkOverlap("a", "b", 1, 2, 2, 1.0 / 3, 0.5));
		assertThat(overlap.members("c")).isEqualTo(1);
	}

	@Test
	void guardedCountsStillMatchBruteForceWithoutTheGuardedPeople() {
		GeneratedMemberships city = GeneratedMemberships.generate(500, 50, 3_000, 11L);
		int guard = 8;
		MembershipOverlap overlap = new MembershipOverlap(city.networks, city.networksOfPerson,
				MembershipOverlap.Limits.DEFAULTS.withMaxNetworksPerPerson(guard));
		long skipped = Arrays.stream(city.networksOfPerson)
			.filter((own) -> Arrays.stream(own).distinct().count() > guard)
			.count();

		assertThat(skipped).isPositive();
		assertThat(overlap.skippedPeople()).isEqualTo(skipped);
		for (NetworkOverlap pair : overlap.overlaps()) {
			int a = city.networks.indexOf(pair.a());
			int b = city.networks.indexOf(pair.b());
			long shared = Arrays.stream(city.networksOfPerson)
				.filter((own) -> Arrays.stream(own).distinct().count() <= guard)
				.filter((own) -> contains(own, a) && contains(own, b))
				.count();
			assertThat(pair.sharedMembers()).isEqualTo(shared);
		}
	}

	@Test
	void countsEveryPersonsPairsOnALargerCity() {
		// Every increment lands in exactly one pair: the shared counts must add up to Σ m(m−1)/2.
		GeneratedMemberships city = GeneratedMemberships.generate(20_000, 2_000, 100_000, 12L);
		MembershipOverlap overlap = new MembershipOverlap(city.networks, city.networksOfPerson);
		long expected = Arrays.stream(city.networksOfPerson).mapToLong((own) -> {
			long m = Arrays.stream(own).distinct().count();
			return m * (m - 1) / 2;
		}).sum();

		assertThat(overlap.overlaps().stream().mapToLong(NetworkOverlap::sharedMembers).sum()).isEqualTo(expected);
		assertThat(overlap.countedPairs()).isEqualTo(expected);
		for (NetworkOverlap pair : overlap.strongest(50)) {
			assertThat(pair.jaccard()).isCloseTo(
					(double) pair.sharedMembers() / (pair.membersOfA() + pair.membersOfB() - pair.sharedMembers()),
					within(1e-15));
		}
	}

	@Test
	void rejectsBadInput() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MembershipOverlap(List.of("a"), new int[][] { { 0, 1 } }))
			.withMessageContaining("network 1, but there are 1");
		assertThatIllegalArgumentException().isThrownBy(() -> new MembershipOverlap(List.of("a", "a"), new int[0][]))
			.withMessageContaining("more than once");
		assertThatIllegalArgumentException().isThrownBy(() -> MembershipOverlap.Limits.DEFAULTS.withMinShared(0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MembershipOverlap(List.of("a"), new int[0][]).members("b"))
			.withMessageContaining("unknown network 'b'");
	}

	private static boolean contains(int[] networks, int network) {
		return Arrays.stream(networks).anyMatch((n) -> n == network);
	}

	/** Compares every pair of networks by their member sets: the obvious O(N²·P) way. */
	static List<NetworkOverlap> bruteForce(GeneratedMemberships city, int minShared) {
		List<Set<Integer>> members = new ArrayList<>();
		for (int n = 0; n < city.networks.size(); n++) {
			members.add(new HashSet<>());
		}
		for (int p = 0; p < city.networksOfPerson.length; p++) {
			for (int n : city.networksOfPerson[p]) {
				members.get(n).add(p);
			}
		}
		List<NetworkOverlap> pairs = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			for (int j = i + 1; j < members.size(); j++) {
				Set<Integer> shared = new HashSet<>(members.get(i));
				shared.retainAll(members.get(j));
				if (shared.size() >= minShared) {
					String a = city.networks.get(i);
					String b = city.networks.get(j);
					int sizeA = members.get(i).size();
					int sizeB = members.get(j).size();
					if (a.compareTo(b) > 0) {
						String s = a;
						a = b;
						b = s;
						int t = sizeA;
						sizeA = sizeB;
						sizeB = t;
					}
					pairs.add(new NetworkOverlap(a, b, shared.size(), sizeA, sizeB,
							(double) shared.size() / (sizeA + sizeB - shared.size()),
							(double) shared.size() / Math.min(sizeA, sizeB)));
				}
			}
		}
		pairs.sort(Comparator.comparingInt(NetworkOverlap::sharedMembers)
			.thenComparingDouble(NetworkOverlap::jaccard)
			.reversed()
			.thenComparing(NetworkOverlap::a)
			.thenComparing(NetworkOverlap::b));
		return pairs;
	}

}
