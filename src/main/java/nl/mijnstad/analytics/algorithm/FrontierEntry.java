package nl.mijnstad.analytics.algorithm;

/**
 * One network on the frontier, with its score split into the terms that make it up, so a connector sees
 * why it is suggested; the terms add up to the score.
 *
 * @param rank 1 for the most promising network; ties are broken by network id, so ranks are unique
 * @param network the network id
 * @param score the sum of the four terms
 * @param warmPathsTerm weight · ln(1 + warm paths)
 * @param relationsTerm weight · relations with reached networks
 * @param connectorsTerm weight · connectors who know it
 * @param liftTerm weight · how much its members would lift under-represented strata
 */
public record FrontierEntry(int rank, String network, double score, double warmPathsTerm, double relationsTerm,
		double connectorsTerm, double liftTerm) {
}
