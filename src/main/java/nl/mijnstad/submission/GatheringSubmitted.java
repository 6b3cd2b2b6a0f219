package nl.mijnstad.submission;

/**
 * Published after a submitted gathering committed (not for a replayed idempotent request), so that views over
 * the graph, such as the analytics, can refresh at once.
 *
 * @param network the network's id
 * @param gathering the new gathering's id
 */
public record GatheringSubmitted(String network, String gathering) {
}
