package nl.mijnstad.analytics.reach;

import java.util.List;

/** The JSON shapes of the reach endpoints. */
public final class ReachViews {

	private ReachViews() {
	}

	/** A network as the reach views name it. */
	public record NetworkRef(String id, String name, String kind) {
	}

	/** A person as shown to connectors and admins: id and display name, never contact data. */
	public record PersonRef(String id, String displayName) {
	}

	/** One term of the frontier score: the fact it counts and what it adds. */
	public record Term(double value, double contributes, String explanation) {
	}

	/** The four terms of the frontier score; they add up to the score. */
	public record Terms(Term warmPaths, Term relations, Term connectors, Term lift) {
	}

	/** A reached network the frontier network is related to. */
	public record RelatedNetwork(NetworkRef network, String type, String direction) {
	}

	/** A member of the frontier network who is also in reached networks. */
	public record Introducer(PersonRef person, List<NetworkRef> reachedNetworks) {
	}

	/** A stratum the frontier network's members would lift. */
	public record Lift(String kind, String stratum, String name, int members, double representationIndex) {
	}

	/** One unreached network, with why it ranks where it does and who can open the door. */
	public record FrontierNetwork(int rank, NetworkRef network, int members, double score, Terms terms,
			List<RelatedNetwork> reachedRelations, List<PersonRef> connectors, int introducersTotal,
			List<Introducer> introducers, List<Lift> lift) {
	}

	/** The frontier, best first. */
	public record Frontier(java.time.Instant computedAt, int unreachedNetworks, String formula,
			List<FrontierNetwork> networks) {
	}

	/** Two networks sharing members. */
	public record MemberOverlap(NetworkRef a, NetworkRef b, int sharedMembers, int membersOfA, int membersOfB,
			double jaccard, double overlapCoefficient) {
	}

	/** Two networks alike in values. */
	public record ValueOverlap(NetworkRef a, NetworkRef b, int sharedValues, int valuesOfA, int valuesOfB,
			double jaccard, List<String> values) {
	}

	/** A network that bridges clusters. */
	public record NetworkBroker(NetworkRef network, double betweenness, double normalisedBetweenness, int cluster,
			List<Integer> neighbourClusters, int neighbours) {
	}

	/** A person who bridges clusters. */
	public record PersonBroker(PersonRef person, int clusters, List<NetworkRef> networks, double betweenness) {
	}

	/** Brokers, networks and people. */
	public record Brokers(java.time.Instant computedAt, String method, boolean exact, List<NetworkBroker> networks,
			List<PersonBroker> people) {
	}

	/**
	 * The network graph as a page draws it: the largest networks and the edges among them.
	 *
	 * @param networks how many networks there are in all (the map may show fewer)
	 * @param nodes the networks shown, largest first
	 * @param edges shared members (weight = how many) and PART_OF / WORKS_WITH relations among them
	 */
	public record NetworkMap(int networks, List<MapNode> nodes, List<MapEdge> edges) {
	}

	/** A network on the map: sized by members, coloured by cluster, reached or not. No people. */
	public record MapNode(String id, String name, String kind, int members, int cluster, boolean reached) {
	}

	/** An edge on the map, between two networks shown. */
	public record MapEdge(String source, String target, String type, double weight) {
	}

}
