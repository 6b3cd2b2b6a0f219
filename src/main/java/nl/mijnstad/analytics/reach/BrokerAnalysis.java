package nl.mijnstad.analytics.reach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import nl.mijnstad.analytics.AnalysisPart;
import nl.mijnstad.analytics.AnalyticsProperties;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.algorithm.NetworkOverlap;
import nl.mijnstad.analytics.algorithm.SampledBetweenness;

import org.springframework.stereotype.Component;

/**
 * Networks and people that bridge clusters. Networks: betweenness on the overlap graph (an edge where two
 * networks share members, as kept in the snapshot) and how many other clusters their neighbours belong to.
 * People: those in networks of two or more clusters, ranked by that number and by betweenness on the
 * person–network graph of everyone in two or more networks. Betweenness is {@link SampledBetweenness}: exact up
 * to 2,000 vertices, above that estimated from 500 sampled sources (Brandes and Pich 2007), with the seed; on
 * both graphs the sample is further bounded by {@link PersonNetworkGraph#EDGE_VISIT_BUDGET}, so a nation's
 * graphs cost a bounded time. Both graphs are built as int arrays straight from the projection.
 */
@Component
class BrokerAnalysis implements AnalysisPart<BrokerAnalysis.Brokers> {

	/** People kept per snapshot; the endpoint shows at most this many. */
	static final int MAX_PEOPLE = 1_000;

	private final long seed;

	private final AtomicReference<Scores> lastNetworkScores = new AtomicReference<>();

	private final AtomicReference<Scores> lastPeopleScores = new AtomicReference<>();

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

	/**
	 * @param networkSources how many sources the networks' betweenness came from (all networks when exact)
	 * @param peopleSources likewise on the person–network graph
	 */
	record Brokers(List<NetworkBroker> networks, List<PersonBroker> people, boolean networkScoresExact,
			boolean peopleScoresExact, int networkSources, int peopleSources) {
	}

	@Override
	public Brokers compute(Snapshot snapshot) {
		GraphProjection projection = snapshot.projection();
		int[] clusterOf = snapshot.clusterOfNetwork();
		int networkCount = projection.networks().size();
		int[][] overlapNeighbours = overlapNeighbours(snapshot);
		int[] start = new int[networkCount + 1];
		for (int n = 0; n < networkCount; n++) {
			start[n + 1] = start[n] + overlapNeighbours[n].length;
		}
		int[] adjacent = new int[start[networkCount]];
		for (int n = 0; n < networkCount; n++) {
			System.arraycopy(overlapNeighbours[n], 0, adjacent, start[n], overlapNeighbours[n].length);
		}
		// The same budget as on the person graph: at national scale the overlap graph (20,000 networks, top 25
		// overlaps each) has some 780,000 adjacency entries, so 500 sources would cost more than the people do.
		Scores networkBetweenness = scores(this.lastNetworkScores, start, adjacent,
				() -> new SampledBetweenness(start, adjacent, SampledBetweenness.DEFAULT_EXACT_THRESHOLD,
						SampledBetweenness.withEdgeVisitBudget(SampledBetweenness.DEFAULT_SAMPLES, adjacent.length,
								PersonNetworkGraph.EDGE_VISIT_BUDGET),
						this.seed));
		double[] scores = networkBetweenness.betweenness();
		double pairs = Math.max(1.0, (networkCount - 1.0) * (networkCount - 2.0) / 2);
		List<NetworkBroker> networks = new ArrayList<>();
		for (int n = 0; n < networkCount; n++) {
			int own = clusterOf[n];
			int[] others = Arrays.stream(overlapNeighbours[n]).map(o -> clusterOf[o]).filter(c -> c != own)
				.sorted().distinct().toArray();
			double betweenness = scores[n];
			if (betweenness > 0 || others.length > 0) {
				networks.add(new NetworkBroker(n, betweenness, betweenness / pairs, own, others,
						overlapNeighbours[n].length));
			}
		}
		networks.sort(Comparator.comparingDouble(NetworkBroker::betweenness)
			.reversed()
			.thenComparing(Comparator.comparingInt((NetworkBroker b) -> b.otherClusters().length).reversed())
			.thenComparing(b -> projection.networks().get(b.network()).id()));

		PersonNetworkGraph people = new PersonNetworkGraph(projection);
		List<PersonBroker> candidates = new ArrayList<>();
		List<Integer> vertexOfCandidate = new ArrayList<>();
		for (int vertex = networkCount; vertex < people.vertices(); vertex++) {
			int person = people.person(vertex);
			int[] memberships = projection.networksOfPerson()[person];
			int[] clusters = Arrays.stream(memberships).map(n -> clusterOf[n]).sorted().distinct().toArray();
			if (clusters.length >= 2) {
				candidates.add(new PersonBroker(person, clusters, memberships, 0));
				vertexOfCandidate.add(vertex);
			}
		}
		Scores personBetweenness = candidates.isEmpty() ? null
				: scores(this.lastPeopleScores, people.start(), people.neighbours(), () -> people.betweenness(this.seed));
		double[] personScores = candidates.isEmpty() ? new double[0] : personBetweenness.betweenness();
		List<PersonBroker> ranked = new ArrayList<>(candidates.size());
		for (int c = 0; c < candidates.size(); c++) {
			PersonBroker candidate = candidates.get(c);
			ranked.add(new PersonBroker(candidate.person(), candidate.clusters(), candidate.networks(),
					personScores[vertexOfCandidate.get(c)]));
		}
		ranked.sort(Comparator.comparingInt((PersonBroker p) -> p.clusters().length)
			.reversed()
			.thenComparing(Comparator.comparingDouble(PersonBroker::betweenness).reversed())
			.thenComparing(p -> projection.people().get(p.person()).id()));
		return new Brokers(List.copyOf(networks), List.copyOf(ranked.subList(0, Math.min(MAX_PEOPLE, ranked.size()))),
				networkBetweenness.exact(), candidates.isEmpty() || personBetweenness.exact(),
				networkBetweenness.sources(), candidates.isEmpty() ? 0 : personBetweenness.sources());
	}

	@Override
	public void forget() {
		this.lastNetworkScores.set(null);
		this.lastPeopleScores.set(null);
	}

	/**
	 * The betweenness of a graph given as adjacency arrays: the last one computed when the graph is the same, else
	 * computed now. A refresh for new gatherings leaves both graphs as they were (they are made of memberships),
	 * and their betweenness was the most expensive step of a refresh (2.8 s of 9 at national scale); comparing the
	 * arrays costs a few milliseconds. The seed is fixed, so the scores are the ones a computation would give.
	 */
	private static Scores scores(AtomicReference<Scores> last, int[] start, int[] adjacent,
			Supplier<SampledBetweenness> computation) {
		Scores known = last.get();
		if (known != null && Arrays.equals(known.start(), start) && Arrays.equals(known.adjacent(), adjacent)) {
			return known;
		}
		SampledBetweenness sampled = computation.get();
		Scores computed = new Scores(start, adjacent, sampled.betweenness(), sampled.isExact(), sampled.sources());
		last.set(computed);
		return computed;
	}

	/** Betweenness scores with the graph they are of. */
	private record Scores(int[] start, int[] adjacent, double[] betweenness, boolean exact, int sources) {
	}

	/** The overlap graph as neighbour lists by network number: an edge where the snapshot keeps an overlap. */
	private static int[][] overlapNeighbours(Snapshot snapshot) {
		GraphProjection projection = snapshot.projection();
		int count = projection.networks().size();
		int[] degree = new int[count];
		List<NetworkOverlap> overlaps = snapshot.overlaps();
		int[] a = new int[overlaps.size()];
		int[] b = new int[overlaps.size()];
		for (int i = 0; i < overlaps.size(); i++) {
			a[i] = projection.networkIndex().get(overlaps.get(i).a());
			b[i] = projection.networkIndex().get(overlaps.get(i).b());
			if (a[i] != b[i]) {
				degree[a[i]]++;
				degree[b[i]]++;
			}
		}
		int[][] neighbours = new int[count][];
		for (int n = 0; n < count; n++) {
			neighbours[n] = new int[degree[n]];
			degree[n] = 0;
		}
		for (int i = 0; i < a.length; i++) {
			if (a[i] != b[i]) {
				neighbours[a[i]][degree[a[i]]++] = b[i];
				neighbours[b[i]][degree[b[i]]++] = a[i];
			}
		}
		for (int n = 0; n < count; n++) {
			neighbours[n] = Arrays.stream(neighbours[n]).sorted().distinct().toArray();
		}
		return neighbours;
	}

}
