package nl.mijnstad.analytics.algorithm;

import java.util.Map;

/**
 * What is known about one network not yet reached, as input to {@link FrontierScore}.
 *
 * @param network the network id
 * @param warmPaths its members who are also members of reached networks
 * @param reachedRelations reached networks it is PART_OF or WORKS_WITH, in either direction
 * @param connectors connectors who know it
 * @param members its member count
 * @param membersByStratum its members per district and per age band; each member at most once per dimension
 */
public record FrontierCandidate(String network, int warmPaths, int reachedRelations, int connectors, int members,
		Map<String, Integer> membersByStratum) {

	public FrontierCandidate {
		if (network == null || network.isBlank()) {
			throw new IllegalArgumentException("network must not be null or blank");
		}
		if (warmPaths < 0 || reachedRelations < 0 || connectors < 0 || members < 0) {
			throw new IllegalArgumentException("counts of network '" + network + "' must not be negative");
		}
		if (membersByStratum == null) {
			throw new IllegalArgumentException("membersByStratum of network '" + network + "' must not be null");
		}
		membersByStratum.forEach((stratum, count) -> {
			if (stratum == null || count == null || count < 0 || count > members) {
				throw new IllegalArgumentException("network '" + network + "' has " + count + " members in stratum '"
						+ stratum + "', but " + members + " members in all");
			}
		});
		membersByStratum = Map.copyOf(membersByStratum);
	}

}
