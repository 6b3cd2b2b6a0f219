package nl.mijnstad.analytics.algorithm;

import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class SampledBetweennessTests {

	@Test
	void middleOfAPathLiesBetweenOnePair() {
		Graph<String, DefaultEdge> path = new SimpleGraph<>(DefaultEdge.class);
		edge(path, "a", "b");
		edge(path, "b", "c");

		SampledBetweenness betweenness = new SampledBetweenness(path, 1L);

		assertThat(betweenness.isExact()).isTrue();
		assertThat(betweenness.ranking()).containsExactly(new BrokerScore("b", 1.0, 1.0), new BrokerScore("a", 0.0, 0.0),
				new BrokerScore("c", 0.0, 0.0));
	}

	@Test
	void bridgeBetweenTwoTriangles() {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		edge(graph, "a", "b");
		edge(graph, "b", "c");
		edge(graph, "a", "c");
		edge(graph, "d", "e");
		edge(graph, "e", "f");
		edge(graph, "d", "f");
		edge(graph, "c", "d");

		Map<String, Double> scores = new SampledBetweenness(graph, 1L).scores();

		// c lies on every shortest path from {a, b} to {d, e, f}: 6 pairs; d likewise between {e, f} and {a, b, c}.
		assertThat(scores).containsExactly(Map.entry("a", 0.0), Map.entry("b", 0.0), Map.entry("c", 6.0),
				Map.entry("d", 6.0), Map.entry("e", 0.0), Map.entry("f", 0.0));
		// n = 6: c could lie between (5 · 4) / 2 = 10 pairs.
		assertThat(new SampledBetweenness(graph, 1L).ranking().get(0)).isEqualTo(new BrokerScore("c", 6.0, 0.6));
	}

	@Test
	void splitsAPairOverItsShortestPaths() {
		// A square a-b-c-d-a: a and c have two shortest paths, via b and via d; each gets half.
		Graph<String, DefaultEdge> square = new SimpleGraph<>(DefaultEdge.class);
		edge(square, "a", "b");
		edge(square, "b", "c");
		edge(square, "c", "d");
		edge(square, "d", "a");

		assertThat(new SampledBetweenness(square, 1L).scores()).containsOnly(Map.entry("a", 0.5), Map.entry("b", 0.5),
				Map.entry("c", 0.5), Map.entry("d", 0.5));
	}

	@Test
	void parallelEdgesAndSelfLoopsChangeNothing() {
		Graph<String, DefaultEdge> pseudo = new Pseudograph<>(DefaultEdge.class);
		edge(pseudo, "a", "b");
		edge(pseudo, "a", "b");
		edge(pseudo, "b", "b");
		edge(pseudo, "b", "c");

		assertThat(new SampledBetweenness(pseudo, 1L).scores()).containsEntry("b", 1.0);
	}

	@Property(tries = 100)
	void exactScoresAgreeWithJGraphT(@ForAll @IntRange(min = 1, max = 40) int size,
			@ForAll @IntRange(min = 0, max = 60) int percent, @ForAll long seed) {
		Graph<String, DefaultEdge> graph = randomGraph(size, percent / 100.0, seed);

		Map<String, Double> ours = new SampledBetweenness(graph, seed).scores();
		Map<String, Double> theirs = new BetweennessCentrality<>(graph).getScores();

		assertThat(ours.keySet()).isEqualTo(theirs.keySet());
		ours.forEach((vertex, score) -> assertThat(score).isCloseTo(theirs.get(vertex), within(1e-9)));
	}

	@Test
	void samplingEstimatesABridgeCloselyAndRepeatsForASeed() {
		// Two cliques of 40 joined through x: x lies between 40 · 40 = 1,600 pairs.
		Graph<String, DefaultEdge> barbell = new SimpleGraph<>(DefaultEdge.class);
		for (String side : new String[] { "a", "b" }) {
			for (int i = 0; i < 40; i++) {
				for (int j = i + 1; j < 40; j++) {
					edge(barbell, side + i, side + j);
				}
			}
			edge(barbell, side + 0, "x");
		}

		SampledBetweenness sampled = new SampledBetweenness(barbell, 50, 20, 99L);

		assertThat(sampled.isExact()).isFalse();
		assertThat(sampled.scores().get("x")).isCloseTo(1600.0, within(1600.0 * 0.05));
		assertThat(new SampledBetweenness(barbell, 50, 20, 99L).ranking()).isEqualTo(sampled.ranking());
		// Exactly: x lies between A and B; a0 between the other 39 of A and x with B: 39 · 41 = 1,599.
		SampledBetweenness exact = new SampledBetweenness(barbell, 1L);
		assertThat(exact.scores()).containsEntry("x", 1600.0).containsEntry("a0", 1599.0).containsEntry("a1", 0.0);
	}

	@Property(tries = 50)
	void adjacencyArraysWithEverySourceSampledGiveExactBrandes(@ForAll @IntRange(min = 3, max = 60) int size,
			@ForAll @IntRange(min = 0, max = 40) int percent, @ForAll long seed) {
		Graph<String, DefaultEdge> graph = randomGraph(size, percent / 100.0, seed);
		// Vertices in the graph constructor's order (sorted names), each edge from both ends.
		java.util.List<String> names = graph.vertexSet().stream().sorted().toList();
		int[] start = new int[names.size() + 1];
		java.util.List<Integer> adjacent = new java.util.ArrayList<>();
		for (int v = 0; v < names.size(); v++) {
			String name = names.get(v);
			graph.edgesOf(name).stream()
				.map(e -> org.jgrapht.Graphs.getOppositeVertex(graph, e, name))
				.map(names::indexOf)
				.sorted()
				.forEach(adjacent::add);
			start[v + 1] = adjacent.size();
		}
		int[] neighbours = adjacent.stream().mapToInt(Integer::intValue).toArray();

		// threshold 0 asks for sampling; a sample of every vertex is the exact computation
		SampledBetweenness sampledAll = new SampledBetweenness(start, neighbours, 0, names.size(), seed);
		Map<String, Double> theirs = new BetweennessCentrality<>(graph).getScores();

		assertThat(sampledAll.isExact()).isTrue();
		assertThat(sampledAll.sources()).isEqualTo(names.size());
		for (int v = 0; v < names.size(); v++) {
			assertThat(sampledAll.betweenness()[v]).isCloseTo(theirs.get(names.get(v)), within(1e-9));
		}
	}

	@Test
	void sampledScoresFromArraysRepeatForASeed() {
		// a ring of 400 with chords: large enough for several parallel chunks of sources
		int n = 400;
		Graph<String, DefaultEdge> ring = new SimpleGraph<>(DefaultEdge.class);
		for (int i = 0; i < n; i++) {
			edge(ring, String.format("%03d", i), String.format("%03d", (i + 1) % n));
			edge(ring, String.format("%03d", i), String.format("%03d", (i * 7 + 3) % n));
		}
		double[] viaGraph = new SampledBetweenness(ring, 10, 200, 5L).betweenness();

		assertThat(new SampledBetweenness(ring, 10, 200, 5L).betweenness()).containsExactly(viaGraph);
		assertThat(new SampledBetweenness(ring, 10, 200, 6L).betweenness()).isNotEqualTo(viaGraph);
	}

	@Test
	void anEdgeVisitBudgetShrinksTheSampleButNotBelowTheFloor() {
		assertThat(SampledBetweenness.withEdgeVisitBudget(500, 10_000, 200_000_000L)).isEqualTo(500);
		assertThat(SampledBetweenness.withEdgeVisitBudget(500, 1_800_000, 200_000_000L)).isEqualTo(111);
		assertThat(SampledBetweenness.withEdgeVisitBudget(500, 100_000_000, 200_000_000L))
			.isEqualTo(SampledBetweenness.MIN_SAMPLES);
		assertThat(SampledBetweenness.withEdgeVisitBudget(10, 100_000_000, 200_000_000L)).isEqualTo(10);
	}

	@Test
	void rejectsDirectedGraphsAndBadParameters() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SampledBetweenness(new DefaultDirectedGraph<>(DefaultEdge.class), 1L))
			.withMessageContaining("undirected");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SampledBetweenness(new SimpleGraph<>(DefaultEdge.class), 10, 0, 1L))
			.withMessageContaining("samples");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SampledBetweenness(new int[] { 0, 2 }, new int[] { 1 }, 10, 5, 1L))
			.withMessageContaining("start");
	}

	static void edge(Graph<String, DefaultEdge> graph, String a, String b) {
		graph.addVertex(a);
		graph.addVertex(b);
		graph.addEdge(a, b);
	}

	static Graph<String, DefaultEdge> randomGraph(int size, double density, long seed) {
		Random random = new Random(seed);
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		for (int v = 0; v < size; v++) {
			graph.addVertex("v" + v);
		}
		for (int i = 0; i < size; i++) {
			for (int j = i + 1; j < size; j++) {
				if (random.nextDouble() < density) {
					graph.addEdge("v" + i, "v" + j);
				}
			}
		}
		return graph;
	}

}
