package nl.mijnstad.analytics.algorithm;

import java.util.Arrays;

/**
 * Runs {@link MembershipOverlap} on 200,000 people, 20,000 networks and 1,000,000 memberships; run by
 * hand (not a test, timings do not belong in tests): {@code java -cp target/classes:target/test-classes
 * nl.mijnstad.analytics.algorithm.MembershipOverlapBenchmark}.
 */
final class MembershipOverlapBenchmark {

	public static void main(String[] args) {
		GeneratedMemberships city = GeneratedMemberships.generate(200_000, 20_000, 1_000_000, 42L);
		int max = Arrays.stream(city.networksOfPerson).mapToInt((own) -> own.length).max().orElse(0);
		System.out.printf("generated: max networks per person %d%n", max);
		for (int run = 1; run <= 5; run++) {
			long start = System.nanoTime();
			MembershipOverlap overlap = new MembershipOverlap(city.networks, city.networksOfPerson);
			int pairs = overlap.overlaps().size();
			long counted = System.nanoTime();
			overlap.strongest(100);
			long strongest = System.nanoTime();
			int topK = new MembershipOverlap(city.networks, city.networksOfPerson,
					MembershipOverlap.Limits.DEFAULTS.withTopKPerNetwork(10))
				.overlaps()
				.size();
			long end = System.nanoTime();
			System.out.printf(
					"run %d: overlaps %d ms (%d increments, %d pairs, %d skipped people); strongest(100) %d ms; top 10 per network %d ms (%d pairs)%n",
					run, (counted - start) / 1_000_000, overlap.countedPairs(), pairs, overlap.skippedPeople(),
					(strongest - counted) / 1_000_000, (end - strongest) / 1_000_000, topK);
		}
	}

}
