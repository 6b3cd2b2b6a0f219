package nl.mijnstad.analytics.algorithm;

/**
 * Two networks that share members, with the size of the overlap in absolute and relative terms.
 *
 * @param a one network id, the smaller of the two in string order
 * @param b the other network id
 * @param sharedMembers people who are members of both
 * @param membersOfA members of {@code a}
 * @param membersOfB members of {@code b}
 * @param jaccard shared / (|A| + |B| − shared): how alike the two memberships are
 * @param overlapCoefficient shared / min(|A|, |B|): how much of the smaller network is in the larger one
 */
public record NetworkOverlap(String a, String b, int sharedMembers, int membersOfA, int membersOfB, double jaccard,
		double overlapCoefficient) {
}
