package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A seeded synthetic city of people and networks with skewed sizes, like real ones: most people are in a
 * few networks and a few in many; a few networks are large and most small.
 */
final class GeneratedMemberships {

	final List<String> networks;

	final int[][] networksOfPerson;

	private GeneratedMemberships(List<String> networks, int[][] networksOfPerson) {
		this.networks = networks;
		this.networksOfPerson = networksOfPerson;
	}

	/**
	 * About {@code memberships} memberships in total (exactly that many draws; repeats within a person
	 * are kept, as the input may contain them).
	 */
	static GeneratedMemberships generate(int people, int networkCount, int memberships, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<String> networks = new ArrayList<>(networkCount);
		for (int n = 0; n < networkCount; n++) {
			networks.add("n" + n);
		}
		// Network popularity: Zipf-like weights 1/(rank+10)^0.9, shuffled so that size is not index order.
		double[] cumulative = new double[networkCount];
		int[] order = shuffledIdentity(networkCount, new Random(seed));
		double sum = 0;
		for (int n = 0; n < networkCount; n++) {
			sum += 1.0 / Math.pow(n + 10, 0.9);
			cumulative[n] = sum;
		}
		// Memberships per person: at least 1, log-normally skewed (σ = 0.9, so a few people are in a hundred
		// or more networks), scaled so that the total is `memberships`.
		Random gaussian = new Random(seed + 1);
		double[] weights = new double[people];
		double weightSum = 0;
		for (int p = 0; p < people; p++) {
			weights[p] = Math.exp(0.9 * gaussian.nextGaussian());
			weightSum += weights[p];
		}
		int[] counts = new int[people];
		int assigned = 0;
		for (int p = 0; p < people; p++) {
			counts[p] = Math.max(1, (int) Math.round(weights[p] / weightSum * memberships));
			assigned += counts[p];
		}
		// Correct rounding so the total is exact, by adding to or removing from random people.
		while (assigned != memberships) {
			int p = random.nextInt(people);
			if (assigned < memberships) {
				counts[p]++;
				assigned++;
			}
			else if (counts[p] > 1) {
				counts[p]--;
				assigned--;
			}
		}
		int[][] networksOfPerson = new int[people][];
		for (int p = 0; p < people; p++) {
			int[] own = new int[counts[p]];
			for (int m = 0; m < own.length; m++) {
				int rank = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
				rank = (rank >= 0) ? rank : Math.min(-rank - 1, networkCount - 1);
				own[m] = order[rank];
			}
			networksOfPerson[p] = own;
		}
		return new GeneratedMemberships(List.copyOf(networks), networksOfPerson);
	}

	private static int[] shuffledIdentity(int n, Random random) {
		int[] identity = new int[n];
		for (int i = 0; i < n; i++) {
			identity[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = identity[i];
			identity[i] = identity[j];
			identity[j] = swap;
		}
		return identity;
	}

}
