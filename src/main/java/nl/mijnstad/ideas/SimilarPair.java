package nl.mijnstad.ideas;

/**
 * Two ideas of different networks that look alike.
 *
 * @param score cosine similarity of their TF-IDF vectors
 * @param first the idea with the smaller id (its {@code score} repeats the pair's)
 * @param second the other
 */
public record SimilarPair(double score, SimilarIdea first, SimilarIdea second) {
}
