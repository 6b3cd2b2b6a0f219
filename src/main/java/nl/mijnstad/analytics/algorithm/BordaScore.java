package nl.mijnstad.analytics.algorithm;

/**
 * One place in a Borda count: candidates with equal points share a rank (competition ranking, 1, 1, 3).
 *
 * @param rank 1 for the first place; tied candidates share the rank, the next place skips the tied ones
 * @param candidate the candidate key
 * @param points the Borda points summed over all ballots; a multiple of 0.5
 */
public record BordaScore(int rank, String candidate, double points) {
}
