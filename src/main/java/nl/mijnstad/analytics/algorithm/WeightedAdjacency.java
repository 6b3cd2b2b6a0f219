package nl.mijnstad.analytics.algorithm;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;

/**
 * An undirected weighted graph over int nodes in compressed-row form, one level of the Louvain method:
 * parallel edges merged, self-loops kept apart (a self-loop of weight w adds 2w to the node's degree, the
 * usual convention that makes aggregated communities keep their degree).
 */
final class WeightedAdjacency {

	final int size;

	/** Neighbours of node i are {@code neighbours[start[i]] .. neighbours[start[i + 1] - 1]}, ascending. */
	final int[] start;

	final int[] neighbours;

	final double[] weights;

	final double[] selfLoops;

	final double[] degrees;

	/** 2m: the sum of all degrees. */
	final double totalDegree;

	private WeightedAdjacency(int size, int[] start, int[] neighbours, double[] weights, double[] selfLoops) {
		this.size = size;
		this.start = start;
		this.neighbours = neighbours;
		this.weights = weights;
		this.selfLoops = selfLoops;
		this.degrees = new double[size];
		double total = 0;
		for (int i = 0; i < size; i++) {
			double degree = 2 * selfLoops[i];
			for (int e = start[i]; e < start[i + 1]; e++) {
				degree += weights[e];
			}
			this.degrees[i] = degree;
			total += degree;
		}
		this.totalDegree = total;
	}

	/** The graph's vertices numbered by their position in {@code vertices}. */
	static <E> WeightedAdjacency of(Graph<String, E> graph, List<String> vertices, Map<String, Integer> index) {
		int n = vertices.size();
		double[] selfLoops = new double[n];
		int[] count = new int[n + 1];
		for (E edge : graph.edgeSet()) {
			int a = index.get(graph.getEdgeSource(edge));
			int b = index.get(graph.getEdgeTarget(edge));
			if (a != b) {
				count[a + 1]++;
				count[b + 1]++;
			}
		}
		for (int i = 0; i < n; i++) {
			count[i + 1] += count[i];
		}
		int[] rawNeighbours = new int[count[n]];
		double[] rawWeights = new double[count[n]];
		int[] fill = Arrays.copyOf(count, n);
		for (E edge : graph.edgeSet()) {
			int a = index.get(graph.getEdgeSource(edge));
			int b = index.get(graph.getEdgeTarget(edge));
			double weight = graph.getEdgeWeight(edge);
			if (a == b) {
				selfLoops[a] += weight;
			}
			else {
				rawNeighbours[fill[a]] = b;
				rawWeights[fill[a]++] = weight;
				rawNeighbours[fill[b]] = a;
				rawWeights[fill[b]++] = weight;
			}
		}
		return merged(n, count, rawNeighbours, rawWeights, selfLoops);
	}

	/** Collapses each community into one node: internal edges become the node's self-loop. */
	WeightedAdjacency aggregate(int[] community, int communities) {
		int[] memberStart = new int[communities + 1];
		for (int i = 0; i < this.size; i++) {
			memberStart[community[i] + 1]++;
		}
		for (int c = 0; c < communities; c++) {
			memberStart[c + 1] += memberStart[c];
		}
		int[] members = new int[this.size];
		int[] fill = Arrays.copyOf(memberStart, communities);
		for (int i = 0; i < this.size; i++) {
			members[fill[community[i]]++] = i;
		}
		double[] selfLoops = new double[communities];
		double[] accumulated = new double[communities];
		boolean[] touched = new boolean[communities];
		int[] touchedList = new int[communities];
		int[] start = new int[communities + 1];
		int[] neighbours = new int[this.neighbours.length];
		double[] weights = new double[this.neighbours.length];
		int written = 0;
		for (int c = 0; c < communities; c++) {
			int touchedCount = 0;
			for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
				int i = members[m];
				selfLoops[c] += this.selfLoops[i];
				for (int e = this.start[i]; e < this.start[i + 1]; e++) {
					int d = community[this.neighbours[e]];
					if (d == c) {
						// Seen once from each end, so half the weight each time.
						selfLoops[c] += this.weights[e] / 2;
					}
					else {
						if (!touched[d]) {
							touched[d] = true;
							touchedList[touchedCount++] = d;
						}
						accumulated[d] += this.weights[e];
					}
				}
			}
			Arrays.sort(touchedList, 0, touchedCount);
			for (int t = 0; t < touchedCount; t++) {
				int d = touchedList[t];
				neighbours[written] = d;
				weights[written++] = accumulated[d];
				accumulated[d] = 0;
				touched[d] = false;
			}
			start[c + 1] = written;
		}
		return new WeightedAdjacency(communities, start, Arrays.copyOf(neighbours, written),
				Arrays.copyOf(weights, written), selfLoops);
	}

	private static WeightedAdjacency merged(int n, int[] start, int[] rawNeighbours, double[] rawWeights,
			double[] selfLoops) {
		int[] mergedStart = new int[n + 1];
		int[] neighbours = new int[rawNeighbours.length];
		double[] weights = new double[rawNeighbours.length];
		double[] accumulated = new double[n];
		boolean[] touched = new boolean[n];
		int[] touchedList = new int[n];
		int written = 0;
		for (int i = 0; i < n; i++) {
			int touchedCount = 0;
			for (int e = start[i]; e < start[i + 1]; e++) {
				int j = rawNeighbours[e];
				if (!touched[j]) {
					touched[j] = true;
					touchedList[touchedCount++] = j;
				}
				accumulated[j] += rawWeights[e];
			}
			Arrays.sort(touchedList, 0, touchedCount);
			for (int t = 0; t < touchedCount; t++) {
				int j = touchedList[t];
				neighbours[written] = j;
				weights[written++] = accumulated[j];
				accumulated[j] = 0;
				touched[j] = false;
			}
			mergedStart[i + 1] = written;
		}
		return new WeightedAdjacency(n, mergedStart, Arrays.copyOf(neighbours, written),
				Arrays.copyOf(weights, written), selfLoops);
	}

}
