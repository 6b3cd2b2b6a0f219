package nl.mijnstad.analytics.reach;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.algorithm.NetworkOverlap;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.springframework.stereotype.Component;

/**
 * The network graph for Gephi and other tools: networks (kind, members, reached, cluster) and the edges between
 * them (shared members with their count as weight, PART_OF, WORKS_WITH). No people and no personal data.
 * Each format is written once per snapshot and kept with it.
 */
@Component
class GraphExport {

	/** The formats offered, with their media types. */
	enum Format {

		GRAPHML("application/graphml+xml"), GEXF("application/gexf+xml"), CSV("text/csv");

		final String mediaType;

		Format(String mediaType) {
			this.mediaType = mediaType;
		}

	}

	/** A vertex of the export: one network. */
	record Node(String id, String name, String kind, int members, boolean reached, int cluster) {
	}

	/**
	 * An edge of the export. A class, not a record: JGraphT keys edges by equality, and two relations of the same
	 * type between the same networks are distinct edges.
	 */
	static final class Edge {

		final String type;

		final double weight;

		final Double jaccard;

		Edge(String type, double weight, Double jaccard) {
			this.type = type;
			this.weight = weight;
			this.jaccard = jaccard;
		}

	}

	private record Key(Format format) {
	}

	/** The graph in the format, as bytes (UTF-8). */
	byte[] export(Snapshot snapshot, Format format) {
		return snapshot.part(new Key(format), () -> write(graph(snapshot), format));
	}

	static Graph<Node, Edge> graph(Snapshot snapshot) {
		GraphProjection projection = snapshot.projection();
		Graph<Node, Edge> graph = new DirectedWeightedPseudograph<>(Edge.class);
		Node[] nodes = new Node[projection.networks().size()];
		for (GraphProjection.Network network : projection.networks()) {
			nodes[network.index()] = new Node(network.id(), network.name(), network.kind(),
					projection.membersOfNetwork()[network.index()].length, network.reached(),
					snapshot.clusterOfNetwork()[network.index()]);
			graph.addVertex(nodes[network.index()]);
		}
		for (NetworkOverlap overlap : snapshot.overlaps()) {
			// Shared members is symmetric; the edge runs from a to b (a < b by id) only because GraphML wants one.
			add(graph, nodes[projection.networkIndex().get(overlap.a())], nodes[projection.networkIndex().get(overlap.b())],
					new Edge("SHARED_MEMBERS", overlap.sharedMembers(), overlap.jaccard()));
		}
		for (GraphProjection.Relation relation : projection.relations()) {
			add(graph, nodes[relation.from()], nodes[relation.to()], new Edge(relation.type(), 1.0, null));
		}
		return graph;
	}

	/**
	 * The graph as a page draws it: the {@code limit} networks with most members (a browser lays out a few hundred
	 * nodes, not thousands) and the edges among them.
	 */
	static ReachViews.NetworkMap map(Graph<Node, Edge> graph, int limit) {
		List<Node> shown = graph.vertexSet()
			.stream()
			.sorted(Comparator.comparingInt(Node::members).reversed().thenComparing(Node::name).thenComparing(Node::id))
			.limit(limit)
			.toList();
		Set<Node> kept = new HashSet<>(shown);
		List<ReachViews.MapEdge> edges = graph.edgeSet()
			.stream()
			.filter(edge -> kept.contains(graph.getEdgeSource(edge)) && kept.contains(graph.getEdgeTarget(edge)))
			.map(edge -> new ReachViews.MapEdge(graph.getEdgeSource(edge).id(), graph.getEdgeTarget(edge).id(),
					edge.type, edge.weight))
			.toList();
		List<ReachViews.MapNode> nodes = shown.stream()
			.map(node -> new ReachViews.MapNode(node.id(), node.name(), node.kind(), node.members(), node.cluster(),
					node.reached()))
			.toList();
		return new ReachViews.NetworkMap(graph.vertexSet().size(), nodes, edges);
	}

	/** Adds the edge with its weight, which the exporters read from the graph, not from the attributes. */
	static void add(Graph<Node, Edge> graph, Node from, Node to, Edge edge) {
		graph.addEdge(from, to, edge);
		graph.setEdgeWeight(edge, edge.weight);
	}

	static byte[] write(Graph<Node, Edge> graph, Format format) {
		StringWriter out = new StringWriter();
		switch (format) {
			case GRAPHML -> {
				GraphMLExporter<Node, Edge> exporter = new GraphMLExporter<>(Node::id);
				exporter.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
				exporter.registerAttribute("kind", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
				exporter.registerAttribute("members", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
				exporter.registerAttribute("reached", GraphMLExporter.AttributeCategory.NODE, AttributeType.BOOLEAN);
				exporter.registerAttribute("cluster", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
				exporter.registerAttribute("relation", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
				exporter.registerAttribute("jaccard", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
				exporter.setExportEdgeWeights(true);
				exporter.setVertexAttributeProvider(GraphExport::nodeAttributes);
				exporter.setEdgeAttributeProvider(GraphExport::edgeAttributes);
				exporter.exportGraph(graph, out);
			}
			case GEXF -> {
				GEXFExporter<Node, Edge> exporter = new GEXFExporter<>(Node::id, edgeIds(graph));
				exporter.registerAttribute("kind", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
				exporter.registerAttribute("members", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
				exporter.registerAttribute("reached", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.BOOLEAN);
				exporter.registerAttribute("cluster", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
				exporter.registerAttribute("relation", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
				exporter.registerAttribute("jaccard", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
				exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
				exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
				exporter.setCreator("Mijn Stad");
				exporter.setVertexAttributeProvider(GraphExport::nodeAttributes);
				exporter.setEdgeAttributeProvider(GraphExport::edgeAttributes);
				exporter.exportGraph(graph, out);
			}
			case CSV -> writeCsv(graph, out);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * An edge list with a header in the columns Gephi's spreadsheet import reads (Source, Target, Type, Weight)
	 * plus the relation and the Jaccard. Written here rather than with jgrapht-io's CSVExporter, whose edge list
	 * has no header and no column for the relation, so a WORKS_WITH and a shared-members edge between the same two
	 * networks could not be told apart.
	 */
	private static void writeCsv(Graph<Node, Edge> graph, StringWriter out) {
		out.append("Source,Target,Type,Relation,Weight,Jaccard\n");
		for (Edge edge : graph.edgeSet()) {
			out.append(graph.getEdgeSource(edge).id()).append(',').append(graph.getEdgeTarget(edge).id()).append(',')
				.append("PART_OF".equals(edge.type) ? "Directed" : "Undirected").append(',')
				.append(edge.type).append(',')
				.append(number(edge.weight)).append(',')
				.append(edge.jaccard == null ? "" : number(edge.jaccard)).append('\n');
		}
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	private static java.util.function.Function<Edge, String> edgeIds(Graph<Node, Edge> graph) {
		Map<Edge, String> ids = new java.util.IdentityHashMap<>();
		int next = 0;
		for (Edge edge : graph.edgeSet()) {
			ids.put(edge, "e" + next++);
		}
		return ids::get;
	}

	private static Map<String, Attribute> nodeAttributes(Node node) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		attributes.put("label", DefaultAttribute.createAttribute(node.name()));
		attributes.put("kind", DefaultAttribute.createAttribute(node.kind()));
		attributes.put("members", DefaultAttribute.createAttribute(node.members()));
		attributes.put("reached", DefaultAttribute.createAttribute(node.reached()));
		attributes.put("cluster", DefaultAttribute.createAttribute(node.cluster()));
		return attributes;
	}

	private static Map<String, Attribute> edgeAttributes(Edge edge) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		attributes.put("relation", DefaultAttribute.createAttribute(edge.type));
		if (edge.jaccard != null) {
			attributes.put("jaccard", DefaultAttribute.createAttribute(edge.jaccard));
		}
		return attributes;
	}

}
