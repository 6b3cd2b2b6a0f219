package nl.mijnstad.analytics.reach;

import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.algorithm.SampledBetweenness;

/**
 * The person–network graph on which people's betweenness is measured, as adjacency arrays: vertices
 * {@code 0 .. networks-1} are the networks, the rest the people in two or more networks (people in one network
 * are leaves, on no path between others, and are left out). An edge is a membership. At national scale this is
 * some 170,000 vertices and 900,000 edges, which as boxed graph objects alone would take most of a 2 GiB heap.
 */
final class PersonNetworkGraph {

	/**
	 * Edge visits the sampled betweenness may spend: 500 sources on a city's graph, fewer on a larger one (about
	 * 110 at national scale), never fewer than {@link SampledBetweenness#MIN_SAMPLES}. Each source costs two
	 * passes over the edges (Brandes), so this bounds the brokers' share of a refresh to a second or two.
	 */
	static final long EDGE_VISIT_BUDGET = 200_000_000L;

	private final int networks;

	private final int[] people;

	private final int[] start;

	private final int[] neighbours;

	PersonNetworkGraph(GraphProjection projection) {
		int[][] networksOfPerson = projection.networksOfPerson();
		this.networks = projection.networks().size();
		int bridging = 0;
		for (int[] memberships : networksOfPerson) {
			bridging += (memberships.length >= 2) ? 1 : 0;
		}
		this.people = new int[bridging];
		int[] vertexOfPerson = new int[networksOfPerson.length];
		int[] degree = new int[this.networks + bridging];
		int next = 0;
		for (int person = 0; person < networksOfPerson.length; person++) {
			vertexOfPerson[person] = -1;
			if (networksOfPerson[person].length >= 2) {
				this.people[next] = person;
				vertexOfPerson[person] = this.networks + next;
				degree[this.networks + next] = networksOfPerson[person].length;
				for (int network : networksOfPerson[person]) {
					degree[network]++;
				}
				next++;
			}
		}
		this.start = new int[degree.length + 1];
		for (int v = 0; v < degree.length; v++) {
			this.start[v + 1] = this.start[v] + degree[v];
		}
		this.neighbours = new int[this.start[degree.length]];
		int[] filled = new int[degree.length];
		for (int person = 0; person < networksOfPerson.length; person++) {
			int vertex = vertexOfPerson[person];
			if (vertex < 0) {
				continue;
			}
			for (int network : networksOfPerson[person]) {
				this.neighbours[this.start[vertex] + filled[vertex]++] = network;
				this.neighbours[this.start[network] + filled[network]++] = vertex;
			}
		}
	}

	/** Networks plus bridging people. */
	int vertices() {
		return this.start.length - 1;
	}

	/** The person (by number in the projection) at a vertex from {@code networks} on. */
	int person(int vertex) {
		return this.people[vertex - this.networks];
	}

	/** Where each vertex's neighbours start in {@link #neighbours()}; with it, the whole graph. */
	int[] start() {
		return this.start;
	}

	int[] neighbours() {
		return this.neighbours;
	}

	SampledBetweenness betweenness(long seed) {
		int samples = SampledBetweenness.withEdgeVisitBudget(SampledBetweenness.DEFAULT_SAMPLES, this.neighbours.length,
				EDGE_VISIT_BUDGET);
		return new SampledBetweenness(this.start, this.neighbours, SampledBetweenness.DEFAULT_EXACT_THRESHOLD, samples,
				seed);
	}

}
