package nl.mijnstad.analytics.reach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mijnstad.analytics.AnalysisPart;
import nl.mijnstad.analytics.AnalyticsProperties;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.algorithm.NetworkOverlap;
import nl.mijnstad.analytics.algorithm.SampledBetweenness;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.springframework.stereotype.Component;

/**
 * Networks and people that bridge clusters. Networks: betweenness on the overlap graph (an edge where two
 * networks share members, as kept in the snapshot) and how many other clusters their neighbours belong to.
 * People: those in networks of two or more clusters, ranked by that number and by betweenness on the
 * person–network graph of everyone in two or more networks. Betweenness is {@link SampledBetweenness}: exact up
 * to 2,000 vertices, above that estimated from 500 sampled sources (Brandes and Pich 2007), with the seed.
 */
@Component
class BrokerAnalysis implements AnalysisPart<BrokerAnalysis.Brokers> {

	/** People kept per snapshot; the endpoint shows at most this many. */
	static final int MAX_PEOPLE = 1_000;

	private final long seed;

	BrokerAnalysis(AnalyticsProperties properties) {
		this.seed = properties.seed();
	}

	/**
	 * @param network its number
	 * @param betweenness on the overlap graph
	 * @param normalised betweenness ÷ the pairs it could lie between
	 * @param cluster its own cluster
	 * @param otherClusters the other clusters its neighbours are in, sorted
	 * @param neighbours its neighbours in the overlap graph
	 */
	record NetworkBroker(int network, double betweenness, double normalised, int cluster, int[] otherClusters,
			int neighbours) {
	}

	/**
	 * @param person its number
	 * @param clusters the clusters of the networks they are a member of, sorted
	 * @param networks their networks (by number)
	 * @param betweenness on the person–network graph
	 */
	record PersonBroker(int person, int[] clusters, int[] networks, double betweenness) {
	}

	record Brokers(List<NetworkBroker> networks, List<PersonBroker> people, boolean networkScoresExact,
			boolean peopleScoresExact) {
	}

	@Override
	public Brokers compute(Snapshot snapshot) {
		GraphProjection projection = snapshot.projection();
		int[] clusterOf = snapshot.clusterOfNetwork();
		Graph<String, DefaultEdge> overlapGraph = new SimpleGraph<>(DefaultEdge.class);
		projection.networks().forEach(n -> overlapGraph.addVertex(n.id()));
		for (NetworkOverlap overlap : snapshot.overlaps()) {
			if (!overlap.a().equals(overlap.b())) {
				overlapGraph.addEdge(overlap.a(), overlap.b());
			}
		}
		SampledBetweenness networkBetweenness = new SampledBetweenness(overlapGraph, this.seed);
		Map<String, Double> scores = networkBetweenness.scores();
		double pairs = Math.max(1.0, (projection.networks().size() - 1.0) * (projection.networks().size() - 2.0) / 2);
		List<NetworkBroker> networks = new ArrayList<>();
		for (GraphProjection.Network network : projection.networks()) {
			int own = clusterOf[network.index()];
			Set<Integer> others = new HashSet<>();
			int neighbours = 0;
			for (DefaultEdge edge : overlapGraph.edgesOf(network.id())) {
				String other = org.jgrapht.Graphs.getOppositeVertex(overlapGraph, edge, network.id());
				int cluster = clusterOf[projection.networkIndex().get(other)];
				neighbours++;
				if (cluster != own) {
					others.add(cluster);
				}
			}
			double betweenness = scores.getOrDefault(network.id(), 0.0);
			if (betweenness > 0 || !others.isEmpty()) {
				networks.add(new NetworkBroker(network.index(), betweenness, betweenness / pairs, own,
						others.stream().mapToInt(Integer::intValue).sorted().toArray(), neighbours));
			}
		}
		networks.sort(Comparator.comparingDouble(NetworkBroker::betweenness)
			.reversed()
			.thenComparing(Comparator.comparingInt((NetworkBroker b) -> b.otherClusters().length).reversed())
			.thenComparing(b -> projection.networks().get(b.network()).id()));

		// People in one network are leaves of the person–network graph: they lie on no path between others and
		// are left out, which keeps the graph to the people who can bridge at all.
		Graph<String, DefaultEdge> personGraph = new SimpleGraph<>(DefaultEdge.class);
		List<PersonBroker> candidates = new ArrayList<>();
		for (GraphProjection.Person person : projection.people()) {
			int[] memberships = projection.networksOfPerson()[person.index()];
			if (memberships.length < 2) {
				continue;
			}
			String vertex = "p:" + person.id();
			personGraph.addVertex(vertex);
			Set<Integer> clusters = new HashSet<>();
			for (int network : memberships) {
				String networkVertex = "n:" + projection.networks().get(network).id();
				personGraph.addVertex(networkVertex);
				personGraph.addEdge(vertex, networkVertex);
				clusters.add(clusterOf[network]);
			}
			if (clusters.size() >= 2) {
				candidates.add(new PersonBroker(person.index(), clusters.stream().mapToInt(Integer::intValue).sorted().toArray(),
						memberships, 0));
			}
		}
		SampledBetweenness personBetweenness = new SampledBetweenness(personGraph, this.seed);
		Map<String, Double> personScores = candidates.isEmpty() ? Map.of() : personBetweenness.scores();
		List<PersonBroker> people = new ArrayList<>(candidates.size());
		for (PersonBroker candidate : candidates) {
			people.add(new PersonBroker(candidate.person(), candidate.clusters(), candidate.networks(),
					personScores.getOrDefault("p:" + projection.people().get(candidate.person()).id(), 0.0)));
		}
		people.sort(Comparator.comparingInt((PersonBroker p) -> p.clusters().length)
			.reversed()
			.thenComparing(Comparator.comparingDouble(PersonBroker::betweenness).reversed())
			.thenComparing(p -> projection.people().get(p.person()).id()));
		return new Brokers(List.copyOf(networks), List.copyOf(people.subList(0, Math.min(MAX_PEOPLE, people.size()))),
				networkBetweenness.isExact(), candidates.isEmpty() || personBetweenness.isExact());
	}

}
