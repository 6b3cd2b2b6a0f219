package nl.mijnstad.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mijnstad.analytics.Analytics;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.security.Caller;

import org.springframework.stereotype.Component;

/**
 * The network graph for connectors, from the latest analytics snapshot: networks (sized by members, with their
 * cluster and whether they are reached) and how they are related. No people, no names of people. Interim:
 * the reach feature's graph export replaces it once merged (it adds shared-member edges and brokers).
 */
@Component
class InterimNetworkGraph implements DashboardFeed {

	/** The browser draws at most this many networks, the largest; the table says how many there are. */
	static final int MAX_NETWORKS = 400;

	record Node(String id, String name, String kind, int members, int cluster, boolean reached) {
	}

	record Edge(String source, String target, String type) {
	}

	record Graph(int networks, List<Node> nodes, List<Edge> edges) {
	}

	private final Analytics analytics;

	InterimNetworkGraph(Analytics analytics) {
		this.analytics = analytics;
	}

	@Override
	public String area() {
		return "bereik";
	}

	@Override
	public String name() {
		return "graph";
	}

	@Override
	public Graph read(Caller caller, Map<String, String> filters) {
		Snapshot snapshot = this.analytics.snapshot();
		GraphProjection projection = snapshot.projection();
		int[] clusterOf = snapshot.clusterOfNetwork();
		List<Node> nodes = new ArrayList<>();
		for (GraphProjection.Network network : projection.networks()) {
			int members = projection.membersOfNetwork()[network.index()].length;
			int cluster = network.index() < clusterOf.length ? clusterOf[network.index()] : -1;
			nodes.add(new Node(network.id(), network.name(), network.kind(), members, cluster, network.reached()));
		}
		nodes.sort(Comparator.comparingInt(Node::members).reversed().thenComparing(Node::name));
		List<Node> shown = nodes.subList(0, Math.min(MAX_NETWORKS, nodes.size()));
		Map<Integer, String> shownIds = new HashMap<>();
		shown.forEach(node -> shownIds.put(projection.networkIndex().get(node.id()), node.id()));
		List<Edge> edges = new ArrayList<>();
		for (GraphProjection.Relation relation : projection.relations()) {
			String from = shownIds.get(relation.from());
			String to = shownIds.get(relation.to());
			if (from != null && to != null) {
				edges.add(new Edge(from, to, relation.type()));
			}
		}
		return new Graph(nodes.size(), List.copyOf(shown), edges);
	}

}
