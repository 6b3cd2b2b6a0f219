package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.graph.WeightedPseudograph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class NetworkClusteringTests {

	@Test
	void twoCliquesJoinedByAWeakEdgeGiveTwoClusters() {
		Graph<String, DefaultWeightedEdge> graph = graph();
		clique(graph, "a1", "a2", "a3", "a4");
		clique(graph, "b1", "b2", "b3", "b4");
		edge(graph, "a4", "b1", 0.1);

		NetworkClustering clustering = new NetworkClustering(graph, 42L);

		assertThat(clustering.clusters()).containsExactly(new NetworkCluster(0, List.of("a1", "a2", "a3", "a4")),
				new NetworkCluster(1, List.of("b1", "b2", "b3", "b4")));
		// m = 12.1; each clique: L = 6, d = 12.1. Q = 2 (6/12.1 − (12.1/24.2)²) = 12/12.1 − 0.5
		assertThat(clustering.modularity()).isCloseTo(12 / 12.1 - 0.5, within(1e-12));
		assertThat(clustering.clusterOf("b3")).isEqualTo(1);
	}

	@Test
	void twoTrianglesJoinedByABridge() {
		Graph<String, DefaultWeightedEdge> graph = graph();
		clique(graph, "a", "b", "c");
		clique(graph, "d", "e", "f");
		edge(graph, "c", "d", 1.0);

		NetworkClustering clustering = new NetworkClustering(graph, 1L);

		assertThat(clustering.clusters()).extracting(NetworkCluster::networks)
			.containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"));
		// m = 7; each triangle L = 3, d = 7: Q = 2 (3/7 − 1/4) = 5/14
		assertThat(clustering.modularity()).isCloseTo(5.0 / 14, within(1e-12));
	}

	@Test
	void theSameSeedGivesTheSameResultAndOtherSeedsAgreeOnAClearStructure() {
		Graph<String, DefaultWeightedEdge> graph = ringOfCliques(6, 5);

		NetworkClustering first = new NetworkClustering(graph, 7L);
		NetworkClustering again = new NetworkClustering(graph, 7L);

		assertThat(again.clusters()).isEqualTo(first.clusters());
		assertThat(again.modularity()).isEqualTo(first.modularity());
		assertThat(first.clusters()).hasSize(6).allSatisfy((cluster) -> assertThat(cluster.networks()).hasSize(5));
		for (long seed = 0; seed < 10; seed++) {
			assertThat(new NetworkClustering(graph, seed).clusters()).isEqualTo(first.clusters());
		}
	}

	@Test
	void isolatedNetworksAreClustersOfTheirOwnOrderedBySizeThenId() {
		Graph<String, DefaultWeightedEdge> graph = graph();
		clique(graph, "m", "n", "o");
		clique(graph, "p", "q", "r");
		edge(graph, "o", "p", 0.05);
		graph.addVertex("z");
		graph.addVertex("b");

		NetworkClustering clustering = new NetworkClustering(graph, 3L);

		assertThat(clustering.clusters()).containsExactly(new NetworkCluster(0, List.of("m", "n", "o")),
				new NetworkCluster(1, List.of("p", "q", "r")), new NetworkCluster(2, List.of("b")),
				new NetworkCluster(3, List.of("z")));
	}

	@Test
	void noEdgesMeansSingletonsAndModularityZero() {
		Graph<String, DefaultWeightedEdge> graph = graph();
		graph.addVertex("x");
		graph.addVertex("y");

		assertThat(new NetworkClustering(graph, 0L).clusters()).extracting(NetworkCluster::networks)
			.containsExactly(List.of("x"), List.of("y"));
		assertThat(new NetworkClustering(graph, 0L).modularity()).isZero();
		assertThat(new NetworkClustering(graph(), 0L).clusters()).isEmpty();
	}

	@Test
	void higherResolutionSplitsFurther() {
		Graph<String, DefaultWeightedEdge> graph = ringOfCliques(4, 4);

		assertThat(new NetworkClustering(graph, 0.05, 1L).clusters()).hasSizeLessThan(4);
		assertThat(new NetworkClustering(graph, 1.0, 1L).clusters()).hasSize(4);
	}

	@Test
	void modularityOfAPartitionIsHandChecked() {
		Graph<String, DefaultWeightedEdge> graph = graph();
		clique(graph, "a", "b", "c");
		clique(graph, "d", "e", "f");
		edge(graph, "c", "d", 1.0);

		// All in one: L = 7, d = 14: Q = 1 − 1 = 0. Singletons: Q = −Σ (d_i / 14)² = −(4·4 + 2·9)/196.
		assertThat(NetworkClustering.modularity(graph, List.of(List.of("a", "b", "c", "d", "e", "f")), 1.0))
			.isCloseTo(0.0, within(1e-12));
		assertThat(NetworkClustering.modularity(graph,
				List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"), List.of("e"), List.of("f")), 1.0))
			.isCloseTo(-34.0 / 196, within(1e-12));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NetworkClustering.modularity(graph, List.of(List.of("a", "b")), 1.0))
			.withMessageContaining("in no part");
	}

	@Test
	void selfLoopsAndParallelEdgesCountLikeTheirSum() {
		Graph<String, DefaultWeightedEdge> pseudo = new WeightedPseudograph<>(DefaultWeightedEdge.class);
		edge(pseudo, "a", "b", 0.5);
		edge(pseudo, "a", "b", 0.5);
		edge(pseudo, "a", "a", 2.0);
		edge(pseudo, "c", "d", 1.0);
		Graph<String, DefaultWeightedEdge> simple = graph();
		edge(simple, "a", "b", 1.0);
		simple.addVertex("c");
		simple.addVertex("d");
		simple.addEdge("c", "d");

		// m = 1 + 2 + 1 = 4; d_a = 1 + 2·2 = 5, d_b = 1. {a,b}: L = 1 + 2 = 3, d = 6; {c,d}: L = 1, d = 2.
		// Q = (3/4 − (6/8)²) + (1/4 − (2/8)²) = 0.1875 + 0.1875
		NetworkClustering clustering = new NetworkClustering(pseudo, 5L);
		assertThat(clustering.clusters()).extracting(NetworkCluster::networks)
			.containsExactly(List.of("a", "b"), List.of("c", "d"));
		assertThat(clustering.modularity()).isCloseTo(0.375, within(1e-12));
		assertThat(new NetworkClustering(simple, 5L).clusters()).isEqualTo(clustering.clusters());
	}

	@Test
	void rejectsBadInput() {
		Graph<String, DefaultWeightedEdge> negative = graph();
		edge(negative, "a", "b", -1.0);

		assertThatIllegalArgumentException().isThrownBy(() -> new NetworkClustering(negative, 0L))
			.withMessageContaining("weight -1.0");
		assertThatIllegalArgumentException().isThrownBy(() -> new NetworkClustering(graph(), 0.0, 0L))
			.withMessageContaining("resolution");
		assertThatIllegalArgumentException().isThrownBy(() -> new NetworkClustering(null, 0L));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NetworkClustering(graph(), 0L).clusterOf("x"))
			.withMessageContaining("not a vertex");
	}

	@Property(tries = 200)
	void clustersPartitionTheNetworksIntoConnectedGroupsAndReportTheirModularity(
			@ForAll @IntRange(min = 1, max = 30) int size, @ForAll @IntRange(min = 0, max = 100) int percent,
			@ForAll long seed) {
		Graph<String, DefaultWeightedEdge> graph = randomGraph(size, percent / 100.0, seed);
		NetworkClustering clustering = new NetworkClustering(graph, seed);

		List<List<String>> parts = clustering.clusters().stream().map(NetworkCluster::networks).toList();
		assertThat(parts.stream().flatMap(List::stream).sorted().toList())
			.isEqualTo(graph.vertexSet().stream().sorted().toList());
		assertThat(clustering.modularity())
			.isCloseTo(NetworkClustering.modularity(graph, parts, 1.0), within(1e-9));
		List<List<String>> singletons = graph.vertexSet().stream().map(List::of).toList();
		assertThat(clustering.modularity())
			.isGreaterThanOrEqualTo(NetworkClustering.modularity(graph, singletons, 1.0) - 1e-12);
		for (List<String> part : parts) {
			Graph<String, DefaultWeightedEdge> inside = new AsSubgraph<>(graph, new HashSet<>(part));
			assertThat(new ConnectivityInspector<>(inside).isConnected()).isTrue();
		}
		for (int i = 1; i < parts.size(); i++) {
			assertThat(parts.get(i).size()).isLessThanOrEqualTo(parts.get(i - 1).size());
		}
	}

	static Graph<String, DefaultWeightedEdge> graph() {
		return new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
	}

	static void edge(Graph<String, DefaultWeightedEdge> graph, String a, String b, double weight) {
		graph.addVertex(a);
		graph.addVertex(b);
		graph.setEdgeWeight(graph.addEdge(a, b), weight);
	}

	static void clique(Graph<String, DefaultWeightedEdge> graph, String... vertices) {
		for (int i = 0; i < vertices.length; i++) {
			for (int j = i + 1; j < vertices.length; j++) {
				edge(graph, vertices[i], vertices[j], 1.0);
			}
		}
	}

	static Graph<String, DefaultWeightedEdge> ringOfCliques(int cliques, int size) {
		Graph<String, DefaultWeightedEdge> graph = graph();
		for (int c = 0; c < cliques; c++) {
			String[] vertices = new String[size];
			for (int v = 0; v < size; v++) {
				vertices[v] = "c" + c + "v" + v;
			}
			clique(graph, vertices);
			edge(graph, "c" + c + "v0", "c" + ((c + 1) % cliques) + "v" + (size - 1), 1.0);
		}
		return graph;
	}

	static Graph<String, DefaultWeightedEdge> randomGraph(int size, double density, long seed) {
		Random random = new Random(seed);
		Graph<String, DefaultWeightedEdge> graph = graph();
		List<String> vertices = new ArrayList<>();
		for (int v = 0; v < size; v++) {
			vertices.add("v" + v);
			graph.addVertex("v" + v);
		}
		for (int i = 0; i < size; i++) {
			for (int j = i + 1; j < size; j++) {
				if (random.nextDouble() < density) {
					edge(graph, vertices.get(i), vertices.get(j), 0.1 + random.nextDouble());
				}
			}
		}
		return graph;
	}

}
