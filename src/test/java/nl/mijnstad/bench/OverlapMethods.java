package nl.mijnstad.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mijnstad.analytics.algorithm.MembershipOverlap;
import nl.mijnstad.analytics.algorithm.NetworkOverlap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The three ways to find which networks share members: the service's inverted index
 * ({@link MembershipOverlap}, after reading the memberships over Bolt as the service does), plain Cypher over
 * all overlapping pairs, and Neo4j GDS nodeSimilarity (Jaccard). Cypher and GDS run inside the database
 * process (their best case: no Bolt in between). Every method numbers networks the same way (by id), so their
 * answers can be compared pair by pair.
 */
final class OverlapMethods {

	static final String MEMBERSHIPS = "MATCH (p:Person)-[:MEMBER_OF]->(n:Network) RETURN p.id AS person, n.id AS network";

	static final String CYPHER_PAIRS = """
			MATCH (a:Network)<-[:MEMBER_OF]-(:Person)-[:MEMBER_OF]->(b:Network)
			WHERE elementId(a) < elementId(b)
			WITH a, b, count(*) AS shared
			RETURN a.id AS a, b.id AS b, shared""";

	static final String GDS_GRAPH = "bench-memberships";

	private final GraphDatabaseService database;

	private final Driver driver;

	private final List<String> networks;

	private final Map<String, Integer> index = new HashMap<>();

	OverlapMethods(GraphDatabaseService database, Driver driver) {
		this.database = database;
		this.driver = driver;
		this.networks = database.executeTransactionally("MATCH (n:Network) RETURN n.id AS id ORDER BY id", Map.of(),
				result -> {
					List<String> ids = new ArrayList<>();
					result.forEachRemaining(row -> ids.add((String) row.get("id")));
					return ids;
				});
		for (int i = 0; i < this.networks.size(); i++) {
			this.index.put(this.networks.get(i), i);
		}
	}

	List<String> networks() {
		return this.networks;
	}

	/** Memberships as the service's algorithm takes them: for each person, the indices of their networks. */
	record Memberships(int[][] networksOfPerson, int[] sizes, long count) {
	}

	/** Reads every membership over Bolt, streamed, as the service's projection does. */
	Memberships readMemberships() {
		Map<String, Integer> people = new HashMap<>();
		List<int[]> lists = new ArrayList<>();
		List<Integer> fill = new ArrayList<>();
		long count = 0;
		try (Session session = this.driver.session()) {
			Result result = session.run(MEMBERSHIPS);
			while (result.hasNext()) {
				Record row = result.next();
				int person = people.computeIfAbsent(row.get("person").asString(), id -> {
					lists.add(new int[2]);
					fill.add(0);
					return lists.size() - 1;
				});
				int used = fill.get(person);
				int[] own = lists.get(person);
				if (used == own.length) {
					own = Arrays.copyOf(own, used * 2);
					lists.set(person, own);
				}
				own[used] = this.index.get(row.get("network").asString());
				fill.set(person, used + 1);
				count++;
			}
		}
		int[][] networksOfPerson = new int[lists.size()][];
		int[] sizes = new int[this.networks.size()];
		for (int p = 0; p < networksOfPerson.length; p++) {
			networksOfPerson[p] = Arrays.copyOf(lists.get(p), fill.get(p));
			for (int n : networksOfPerson[p]) {
				sizes[n]++;
			}
		}
		return new Memberships(networksOfPerson, sizes, count);
	}

	/** The service's computation: every overlapping pair, from the inverted index. */
	List<NetworkOverlap> service(Memberships memberships, MembershipOverlap.Limits limits) {
		return new MembershipOverlap(this.networks, memberships.networksOfPerson(), limits).overlaps();
	}

	PairSet toPairs(List<NetworkOverlap> overlaps) {
		PairSet pairs = new PairSet(overlaps.size());
		for (NetworkOverlap overlap : overlaps) {
			pairs.add(this.index.get(overlap.a()), this.index.get(overlap.b()), overlap.sharedMembers());
		}
		return pairs;
	}

	/** Plain Cypher: expand every person's pairs of networks and count, in the database process. */
	PairSet cypher() {
		return this.database.executeTransactionally(CYPHER_PAIRS, Map.of(), result -> {
			PairSet pairs = new PairSet();
			result.forEachRemaining(row -> pairs.add(this.index.get((String) row.get("a")),
					this.index.get((String) row.get("b")), ((Number) row.get("shared")).intValue()));
			return pairs;
		});
	}

	/** Whether the GDS procedures are installed in this database. */
	boolean gdsAvailable() {
		try {
			return this.database.executeTransactionally(
					"SHOW PROCEDURES YIELD name WHERE name = 'gds.nodeSimilarity.stream' RETURN count(*) AS found",
					Map.of(), result -> ((Number) result.next().get("found")).longValue() > 0);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Projects networks and people with memberships pointing from network to member, as nodeSimilarity wants. */
	void gdsProject() {
		gdsDrop();
		this.database.executeTransactionally("""
				CALL gds.graph.project($name, ['Network', 'Person'], {MEMBER_OF: {orientation: 'REVERSE'}})
				YIELD nodeCount RETURN nodeCount""", Map.of("name", GDS_GRAPH), OverlapMethods::consume);
	}

	void gdsDrop() {
		this.database.executeTransactionally("CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName",
				Map.of("name", GDS_GRAPH), OverlapMethods::consume);
	}

	/** Procedure calls run lazily: a result nobody reads may never run. */
	private static long consume(org.neo4j.graphdb.Result result) {
		long rows = 0;
		while (result.hasNext()) {
			result.next();
			rows++;
		}
		return rows;
	}

	/** GDS similarities: for each network, its topK most similar networks by Jaccard (both directions). */
	record Similarities(int[] first, int[] second, double[] jaccard, int topK) {
	}

	Similarities gdsNodeSimilarity(int topK) {
		return this.database.executeTransactionally("""
				CALL gds.nodeSimilarity.stream($name, {topK: $topK})
				YIELD node1, node2, similarity
				RETURN gds.util.asNode(node1).id AS a, gds.util.asNode(node2).id AS b, similarity""",
				Map.of("name", GDS_GRAPH, "topK", topK), result -> {
					int[] first = new int[1024];
					int[] second = new int[1024];
					double[] jaccard = new double[1024];
					int size = 0;
					while (result.hasNext()) {
						Map<String, Object> row = result.next();
						if (size == first.length) {
							first = Arrays.copyOf(first, size * 2);
							second = Arrays.copyOf(second, size * 2);
							jaccard = Arrays.copyOf(jaccard, size * 2);
						}
						first[size] = this.index.get((String) row.get("a"));
						second[size] = this.index.get((String) row.get("b"));
						jaccard[size++] = ((Number) row.get("similarity")).doubleValue();
					}
					return new Similarities(Arrays.copyOf(first, size), Arrays.copyOf(second, size),
							Arrays.copyOf(jaccard, size), topK);
				});
	}

	/**
	 * How GDS's answer differs from the inverted index's all pairs (with network sizes for Jaccard): every GDS
	 * pair must overlap with the same Jaccard, and for every network the k best Jaccard values must be the same
	 * (ties at the k-th place may pick different networks, so values are compared, not ids). With topK at least
	 * the number of networks, this says the two found exactly the same pairs.
	 */
	static List<String> differences(Similarities gds, PairSet all, int[] sizes, int limit) {
		int n = sizes.length;
		int k = (int) Math.min(gds.topK(), Math.max(n - 1, 1));
		TopValues expected = new TopValues(n, k);
		all.forEach((a, b, shared) -> {
			double j = (double) shared / (sizes[a] + sizes[b] - shared);
			expected.offer(a, j);
			expected.offer(b, j);
		});
		TopValues actual = new TopValues(n, k);
		List<String> differences = new ArrayList<>();
		for (int e = 0; e < gds.first().length && differences.size() < limit; e++) {
			int a = gds.first()[e];
			int b = gds.second()[e];
			int shared = all.sharedOf(a, b);
			double j = shared == 0 ? Double.NaN : (double) shared / (sizes[a] + sizes[b] - shared);
			if (shared == 0 || Math.abs(j - gds.jaccard()[e]) > 1e-9) {
				differences.add("GDS pair (" + a + ", " + b + ") has Jaccard " + gds.jaccard()[e]
						+ ", the inverted index " + (shared == 0 ? "no overlap" : j));
			}
			actual.offer(a, gds.jaccard()[e]);
		}
		for (int i = 0; i < n && differences.size() < limit; i++) {
			double[] want = expected.of(i);
			double[] got = actual.of(i);
			boolean same = want.length == got.length;
			for (int r = 0; same && r < want.length; r++) {
				same = Math.abs(want[r] - got[r]) <= 1e-9;
			}
			if (!same) {
				differences.add("network " + i + ": top Jaccard values " + Arrays.toString(got) + " from GDS, "
						+ Arrays.toString(want) + " expected");
			}
		}
		return differences;
	}

	/** The k largest values offered per network, in primitive arrays. */
	private static final class TopValues {

		private final double[][] values;

		private final int[] held;

		private final int k;

		TopValues(int n, int k) {
			this.values = new double[n][];
			this.held = new int[n];
			this.k = k;
		}

		void offer(int network, double value) {
			if (this.values[network] == null) {
				this.values[network] = new double[this.k];
			}
			double[] best = this.values[network];
			int held = this.held[network];
			if (held == this.k && value <= best[this.k - 1]) {
				return;
			}
			int at = held < this.k ? held++ : this.k - 1;
			while (at > 0 && best[at - 1] < value) {
				best[at] = best[at - 1];
				at--;
			}
			best[at] = value;
			this.held[network] = held;
		}

		double[] of(int network) {
			return this.values[network] == null ? new double[0] : Arrays.copyOf(this.values[network], this.held[network]);
		}

	}

}
