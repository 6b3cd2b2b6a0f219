package nl.mijnstad.analytics.algorithm;

/**
 * One place in a Schulze ranking: tied candidates share a rank (competition ranking, 1, 1, 3), and
 * {@code beats} counts the candidates this one defeats along strongest paths.
 *
 * @param rank 1 for the first place; tied candidates share the rank, the next place skips the tied ones
 * @param candidate the candidate key
 * @param beats how many other candidates this one defeats in the Schulze sense
 */
public record RankedCandidate(int rank, String candidate, int beats) {
}
