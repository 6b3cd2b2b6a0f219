package nl.mijnstad.analytics.algorithm;

/**
 * How broadly one value is shared across clusters of networks, in the sense of Pol.is group-aware
 * consensus.
 *
 * @param value the value key
 * @param consensus the product over clusters of (n_g + 1) / (N_g + 2): high only when every cluster agrees
 * @param meanAgreement the mean over clusters of (n_g + 1) / (N_g + 2), between 0 and 1, for display
 */
public record ValueConsensus(String value, double consensus, double meanAgreement) {
}
