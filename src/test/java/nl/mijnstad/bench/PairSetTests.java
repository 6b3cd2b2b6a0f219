package nl.mijnstad.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PairSetTests {

	@Test
	void theSamePairsInAnyOrderAndEitherDirectionAreNoDifference() {
		PairSet one = new PairSet();
		one.add(0, 1, 3);
		one.add(2, 5, 1);
		one.add(1, 2, 7);
		PairSet other = new PairSet();
		other.add(5, 2, 1);
		other.add(2, 1, 7);
		other.add(1, 0, 3);
		assertThat(one.differences(other, 10)).isEmpty();
		assertThat(one.sharedOf(2, 1)).isEqualTo(7);
		assertThat(one.sharedOf(0, 5)).isZero();
		assertThat(one.totalShared()).isEqualTo(11);
	}

	@Test
	void aMissingPairOrAnotherCountIsADifference() {
		PairSet one = new PairSet();
		one.add(0, 1, 3);
		one.add(1, 2, 7);
		PairSet other = new PairSet();
		other.add(0, 1, 4);
		other.add(3, 4, 1);
		assertThat(one.differences(other, 10)).containsExactly("(0, 1): 3 vs 4 shared", "(1, 2) only in the first",
				"(3, 4) only in the second");
	}

	@Test
	void largeIndicesSortTooAndADuplicatePairIsAnError() {
		PairSet one = new PairSet();
		one.add(70_000, 3, 2);
		one.add(1, 2, 1);
		assertThat(one.sharedOf(3, 70_000)).isEqualTo(2);
		PairSet twice = new PairSet();
		twice.add(1, 2, 1);
		twice.add(0, 1, 1);
		twice.add(2, 1, 1);
		assertThatIllegalStateException().isThrownBy(() -> twice.sharedOf(1, 2));
	}

	@Test
	void gdsSimilaritiesAgreeWhenEveryNetworkHasTheSameTopValues() {
		// Network sizes 4, 4, 2 and 1; network 3 shares nothing.
		int[] sizes = { 4, 4, 2, 1 };
		PairSet all = new PairSet();
		all.add(0, 1, 2); // Jaccard 2/6
		all.add(0, 2, 2); // 2/4
		all.add(1, 2, 1); // 1/5
		OverlapMethods.Similarities top1 = new OverlapMethods.Similarities(new int[] { 0, 1, 2 },
				new int[] { 2, 0, 0 }, new double[] { 0.5, 2.0 / 6, 0.5 }, 1);
		assertThat(OverlapMethods.differences(top1, all, sizes, 10)).isEmpty();
		OverlapMethods.Similarities wrong = new OverlapMethods.Similarities(new int[] { 0, 1, 2 },
				new int[] { 1, 0, 0 }, new double[] { 2.0 / 6, 2.0 / 6, 0.5 }, 1);
		assertThat(OverlapMethods.differences(wrong, all, sizes, 10)).singleElement()
			.asString()
			.startsWith("network 0: top Jaccard values [0.333");
		OverlapMethods.Similarities missing = new OverlapMethods.Similarities(new int[] { 0, 2 }, new int[] { 2, 0 },
				new double[] { 0.5, 0.5 }, 1);
		assertThat(OverlapMethods.differences(missing, all, sizes, 10)).singleElement()
			.asString()
			.startsWith("network 1:");
	}

}
