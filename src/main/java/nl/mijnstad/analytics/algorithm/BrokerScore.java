package nl.mijnstad.analytics.algorithm;

/**
 * How much of the traffic between others passes through one vertex: a broker between parts of the city.
 *
 * @param vertex the vertex id
 * @param betweenness the number of unordered pairs of other vertices whose shortest paths pass through it,
 * each pair counted by the share of its shortest paths that do (estimated when sampled)
 * @param normalised betweenness divided by (n − 1)(n − 2) / 2, the number of pairs it could lie between
 */
public record BrokerScore(String vertex, double betweenness, double normalised) {
}
