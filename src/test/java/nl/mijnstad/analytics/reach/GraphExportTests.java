package nl.mijnstad.analytics.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;

class GraphExportTests {

	private static Graph<GraphExport.Node, GraphExport.Edge> city() {
		Graph<GraphExport.Node, GraphExport.Edge> graph = new DirectedWeightedPseudograph<>(GraphExport.Edge.class);
		GraphExport.Node club = new GraphExport.Node("n1", "Oeteldonksche Club", "CARNIVAL", 40, true, 0);
		GraphExport.Node band = new GraphExport.Node("n2", "Dweilorkest & Co", "CARNIVAL", 12, false, 1);
		graph.addVertex(club);
		graph.addVertex(band);
		GraphExport.add(graph, club, band, new GraphExport.Edge("SHARED_MEMBERS", 3, 0.06));
		GraphExport.add(graph, band, club, new GraphExport.Edge("PART_OF", 1, null));
		return graph;
	}

	private static String text(GraphExport.Format format) {
		return new String(GraphExport.write(city(), format), StandardCharsets.UTF_8);
	}

	@Test
	void graphmlHasNetworksWithTheirAttributesAndTypedWeightedEdges() {
		String graphml = text(GraphExport.Format.GRAPHML);
		assertThat(graphml).contains("<node id=\"n1\"").contains("Oeteldonksche Club").contains("CARNIVAL")
			.contains("SHARED_MEMBERS").contains("PART_OF").contains("Dweilorkest &amp; Co");
		assertThat(graphml).contains("attr.name=\"weight\"");
	}

	@Test
	void gexfIsWrittenForGephi() {
		String gexf = text(GraphExport.Format.GEXF);
		assertThat(gexf).contains("<gexf").contains("id=\"n2\"").contains("PART_OF").contains("weight=\"3.0\"");
	}

	@Test
	void csvIsAnEdgeListWithAHeaderAndTheRelation() {
		assertThat(text(GraphExport.Format.CSV).lines().toList()).containsExactlyInAnyOrder(
				"Source,Target,Type,Relation,Weight,Jaccard", "n1,n2,Undirected,SHARED_MEMBERS,3,0.06",
				"n2,n1,Directed,PART_OF,1,");
	}

	@Test
	void theMapKeepsTheLargestNetworksAndOnlyEdgesAmongThem() {
		Graph<GraphExport.Node, GraphExport.Edge> graph = city();
		GraphExport.Node tiny = new GraphExport.Node("n3", "Klaverjasclub", "HOBBY", 4, false, 1);
		graph.addVertex(tiny);
		GraphExport.add(graph, tiny, graph.vertexSet().iterator().next(), new GraphExport.Edge("WORKS_WITH", 1, null));

		ReachViews.NetworkMap map = GraphExport.map(graph, 2);

		assertThat(map.networks()).isEqualTo(3);
		assertThat(map.nodes()).extracting(ReachViews.MapNode::id).containsExactly("n1", "n2");
		assertThat(map.nodes().get(1)).isEqualTo(new ReachViews.MapNode("n2", "Dweilorkest & Co", "CARNIVAL", 12, 1, false));
		assertThat(map.edges()).containsExactlyInAnyOrder(new ReachViews.MapEdge("n1", "n2", "SHARED_MEMBERS", 3),
				new ReachViews.MapEdge("n2", "n1", "PART_OF", 1));
	}

}
