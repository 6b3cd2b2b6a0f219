package nl.mijnstad.analytics.algorithm;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class NetworkSimilarityGraphTests {

	@Test
	void weighsValueAndMemberSimilarity() {
		// voetbal {groen, sport, ontmoeting} and hockey {sport, ontmoeting}: value Jaccard 2/3.
		// voetbal and koor share 2 of 3 + 3 − 2 = 4 members: member Jaccard 1/2; no shared values.
		Map<String, Set<String>> values = Map.of("voetbal", Set.of("groen", "sport", "ontmoeting"), "hockey",
				Set.of("sport", "ontmoeting"), "koor", Set.of("muziek"));
		List<NetworkOverlap> overlaps = List.of(new NetworkOverlap("koor", "voetbal", 2, 3, 3, 0.5, 2.0 / 3));

		Graph<String, DefaultWeightedEdge> graph = new NetworkSimilarityGraph(values, overlaps).graph();

		assertThat(graph.vertexSet()).containsExactlyInAnyOrder("voetbal", "hockey", "koor");
		assertThat(graph.edgeSet()).hasSize(2);
		assertThat(graph.getEdgeWeight(graph.getEdge("hockey", "voetbal"))).isCloseTo(0.5 * 2.0 / 3, within(1e-12));
		assertThat(graph.getEdgeWeight(graph.getEdge("koor", "voetbal"))).isCloseTo(0.25, within(1e-12));
	}

	@Test
	void dropsEdgesBelowTheThresholdAndOverlapsOfOtherNetworks() {
		// a and b share 1 of 10 values: Jaccard 0.1, weight 0.05 at alpha 0.5: below the default 0.1.
		Map<String, Set<String>> values = Map.of("a", Set.of("v0", "v1", "v2", "v3", "v4", "v5"), "b",
				Set.of("v5", "v6", "v7", "v8", "v9"), "c", Set.of());
		List<NetworkOverlap> overlaps = List.of(new NetworkOverlap("a", "zzz", 5, 5, 5, 1.0, 1.0));

		Graph<String, DefaultWeightedEdge> graph = new NetworkSimilarityGraph(values, overlaps).graph();

		assertThat(graph.vertexSet()).containsExactlyInAnyOrder("a", "b", "c");
		assertThat(graph.edgeSet()).isEmpty();
		Graph<String, DefaultWeightedEdge> onlyValues = new NetworkSimilarityGraph(values, overlaps, 1.0, 0.1).graph();
		assertThat(onlyValues.getEdgeWeight(onlyValues.getEdge("a", "b"))).isCloseTo(0.1, within(1e-12));
	}

	@Test
	void keepsOnlyEachNetworksNearestValuePairsWhenAsked() {
		// v1 is held by all four, so without a limit every pair is an edge; x and y also share v2.
		Map<String, Set<String>> values = Map.of("x", Set.of("v1", "v2"), "y", Set.of("v1", "v2"), "z", Set.of("v1"),
				"w", Set.of("v1"));
		NetworkSimilarityGraph all = new NetworkSimilarityGraph(values, List.of(), 1.0, 0.01);

		Graph<String, DefaultWeightedEdge> nearest = all.keepingValueNeighbours(1).graph();

		assertThat(all.graph().edgeSet()).hasSize(6);
		assertThat(nearest.getEdge("x", "y")).isNotNull();
		assertThat(nearest.getEdgeWeight(nearest.getEdge("x", "y"))).isCloseTo(1.0, within(1e-12));
		assertThat(nearest.edgeSet()).hasSizeLessThanOrEqualTo(4).hasSizeLessThan(6);
		assertThat(nearest.vertexSet()).allSatisfy(network -> assertThat(nearest.degreeOf(network)).isPositive());
	}

	@Test
	void networksWithoutValuesAreNotAlike() {
		Graph<String, DefaultWeightedEdge> graph = new NetworkSimilarityGraph(Map.of("a", Set.of(), "b", Set.of()),
				List.of(), 1.0, 0.01)
			.graph();

		assertThat(graph.edgeSet()).isEmpty();
	}

	@Test
	void feedsClusteringEndToEnd() {
		MembershipOverlap overlap = MembershipOverlap.builder()
			.add("p1", "voetbal").add("p1", "hockey")
			.add("p2", "voetbal").add("p2", "hockey")
			.add("p3", "koor").add("p3", "orkest")
			.add("p4", "koor").add("p4", "orkest")
			.build();
		Map<String, Set<String>> values = Map.of("voetbal", Set.of("sport", "gezondheid"), "hockey",
				Set.of("sport", "gezondheid"), "koor", Set.of("muziek", "cultuur"), "orkest", Set.of("muziek"));

		NetworkClustering clustering = new NetworkClustering(new NetworkSimilarityGraph(values, overlap.overlaps()).graph(),
				1L);

		assertThat(clustering.clusters()).extracting(NetworkCluster::networks)
			.containsExactly(List.of("hockey", "voetbal"), List.of("koor", "orkest"));
	}

	@Test
	void rejectsBadParameters() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NetworkSimilarityGraph(Map.of(), List.of(), 1.5, 0.1))
			.withMessageContaining("alpha");
		assertThatIllegalArgumentException().isThrownBy(() -> new NetworkSimilarityGraph(Map.of(), List.of(), 0.5, 0))
			.withMessageContaining("threshold");
		assertThatIllegalArgumentException().isThrownBy(() -> new NetworkSimilarityGraph(null, List.of()));
	}

}
