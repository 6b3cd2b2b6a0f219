package nl.mijnstad.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Gatherings in the graph: written in one statement that answers with what it resolved; read as one record. */
@Repository
class GatheringRepository {

	/**
	 * The whole submission in one statement. Keys that a vocabulary merge made into aliases
	 * ({@code (:ValueAlias)-[:ALIAS_OF]->(:Value)}, likewise for spearheads) resolve here to the entry they were
	 * merged into, so a later submission lands on it without an extra query. The first MATCH is the guard: it yields no row (and so writes
	 * nothing) unless the network exists, every named person is a member of it, and the idempotency key is
	 * new. The caller then asks {@link #diagnose} why, only on that rare path. The one row it returns holds only
	 * what the write resolved and the plan cannot know (the network's name, the time of the write, the keys and
	 * labels the vocabulary gave), so the answer is built without reading the gathering back.
	 */
	static final String WRITE = """
			MATCH (n:Network {id: $network})
			WHERE all(pid IN $people WHERE EXISTS { (:Person {id: pid})-[:MEMBER_OF]->(n) })
			  AND ($submissionKey IS NULL OR NOT EXISTS { (:SubmissionKey {key: $submissionKey}) })
			CREATE (g:Gathering {id: $gathering.id, heldOn: $gathering.heldOn, participants: $gathering.participants,
			                     submittedAt: datetime.statement(), submittedBy: $submittedBy})-[:OF]->(n)
			FOREACH (key IN CASE WHEN $submissionKey IS NULL THEN [] ELSE [$submissionKey] END |
			  CREATE (:SubmissionKey {key: key, requestHash: $requestHash, gathering: $gathering.id,
			                          createdAt: datetime.statement()}))
			WITH n, g
			CALL (g) {
			  UNWIND $attendees AS pid
			  MATCH (p:Person {id: pid})
			  CREATE (p)-[:ATTENDED]->(g)
			}
			CALL (g) {
			  UNWIND $values AS value
			  OPTIONAL MATCH (:ValueAlias {key: value.key})-[:ALIAS_OF]->(merged:Value)
			  MERGE (v:Value {key: coalesce(merged.key, value.key)})
			    ON CREATE SET v.label = value.label
			  CREATE (g)-[:HOLDS {wording: value.wording, position: value.position}]->(v)
			  RETURN collect({position: value.position, key: v.key, label: v.label}) AS values
			}
			CALL (g) {
			  UNWIND $spearheads AS row
			  OPTIONAL MATCH (:SpearheadAlias {key: row.key})-[:ALIAS_OF]->(merged:Spearhead)
			  MERGE (s:Spearhead {key: coalesce(merged.key, row.key)})
			    ON CREATE SET s.title = row.title
			  WITH g, s, row, [key IN row.values |
			    coalesce(COLLECT { MATCH (:ValueAlias {key: key})-[:ALIAS_OF]->(t:Value) RETURN t.key }[0], key)] AS served
			  CREATE (g)-[:PRIORITISES {rank: row.rank, wording: row.wording, explanation: row.explanation,
			                            values: served}]->(s)
			  WITH s, row, served
			  CALL (s, served) {
			    UNWIND served AS valueKey
			    MATCH (v:Value {key: valueKey})
			    MERGE (s)-[:SERVES]->(v)
			  }
			  RETURN collect({rank: row.rank, key: s.key, title: s.title, values: served}) AS spearheads
			}
			CALL (g) {
			  UNWIND $ideas AS row
			  OPTIONAL MATCH (:SpearheadAlias {key: row.spearhead})-[:ALIAS_OF]->(merged:Spearhead)
			  MATCH (s:Spearhead {key: coalesce(merged.key, row.spearhead)})
			  CREATE (g)-[:PROPOSED]->(i:Idea {id: row.id, title: row.title, description: row.description,
			                                   status: row.status, position: row.position,
			                                   createdAt: datetime.statement()})-[:FOR]->(s)
			  WITH i, row
			  UNWIND row.initiators AS pid
			  MATCH (p:Person {id: pid})
			  CREATE (p)-[:CARRIES {role: 'INITIATOR'}]->(i)
			}
			RETURN n.name AS networkName, g.submittedAt AS submittedAt, values, spearheads""";

	/** One gathering with everything it holds, as one record. */
	static final String VIEW = """
			MATCH (g)-[:OF]->(n:Network)
			RETURN g.id AS id, n.id AS network, n.name AS networkName, g.heldOn AS heldOn,
			       g.participants AS participants, g.submittedAt AS submittedAt,
			       COLLECT { MATCH (p:Person)-[:ATTENDED]->(g) RETURN p.id ORDER BY p.id } AS attendees,
			       [(g)-[h:HOLDS]->(v:Value) | {key: v.key, label: v.label, wording: h.wording, position: h.position}] AS values,
			       [(g)-[r:PRIORITISES]->(s:Spearhead) | {rank: r.rank, key: s.key, title: s.title, wording: r.wording,
			          explanation: r.explanation, values: coalesce(r.values, []),
			          ideas: [(g)-[:PROPOSED]->(i:Idea)-[:FOR]->(s) | {id: i.id, title: i.title,
			                  description: i.description, status: i.status, position: i.position,
			                  initiators: COLLECT { MATCH (c:Person)-[:CARRIES]->(i) RETURN c.id ORDER BY c.id }}]}] AS spearheads""";

	private final Neo4jClient neo4j;

	GatheringRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Writes the plan and answers with the stored gathering; empty when the guard held it back (see {@link #diagnose}). */
	Optional<GatheringView> write(SubmissionPlan plan, String network, String submittedBy, String submissionKey,
			String requestHash) {
		return this.neo4j.query(WRITE)
			.bindAll(plan.parameters(network, submittedBy, submissionKey, requestHash))
			.fetchAs(GatheringView.class)
			.mappedBy((types, row) -> written(plan, network, row))
			.one();
	}

	Optional<GatheringView> find(String id) {
		return this.neo4j.query("MATCH (g:Gathering {id: $id})\nWITH g\n" + VIEW)
			.bind(id)
			.to("id")
			.fetchAs(GatheringView.class)
			.mappedBy((types, row) -> view(row))
			.one();
	}

	/** The gatherings of these networks, newest first, as one query. */
	List<GatheringView> findByNetworks(List<String> networks, int limit) {
		return this.neo4j.query("""
				MATCH (g:Gathering)-[:OF]->(n:Network)
				WHERE n.id IN $networks
				WITH g ORDER BY g.heldOn DESC, g.submittedAt DESC LIMIT $limit
				""" + VIEW)
			.bindAll(Map.of("networks", networks, "limit", limit))
			.fetchAs(GatheringView.class)
			.mappedBy((types, row) -> view(row))
			.all()
			.stream()
			.sorted(Comparator.comparing(GatheringView::heldOn)
				.thenComparing(GatheringView::submittedAt)
				.reversed())
			.toList();
	}

	/**
	 * Why the guarded write wrote nothing.
	 *
	 * @param networkExists whether the network exists
	 * @param keyHash the request hash stored under the idempotency key, if the key was used before
	 * @param keyGathering the gathering created under that key
	 * @param notMembers the named people who are not members of the network
	 */
	record Diagnosis(boolean networkExists, String keyHash, String keyGathering, List<String> notMembers) {
	}

	Diagnosis diagnose(String network, List<String> people, String submissionKey) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("network", network);
		parameters.put("people", people);
		parameters.put("submissionKey", submissionKey);
		return this.neo4j.query("""
				OPTIONAL MATCH (n:Network {id: $network})
				OPTIONAL MATCH (k:SubmissionKey {key: $submissionKey})
				RETURN n IS NOT NULL AS networkExists, k.requestHash AS keyHash, k.gathering AS keyGathering,
				       [pid IN $people WHERE n IS NULL
				          OR NOT EXISTS { (:Person {id: pid})-[:MEMBER_OF]->(n) }] AS notMembers""")
			.bindAll(parameters)
			.fetchAs(Diagnosis.class)
			.mappedBy((types, row) -> new Diagnosis(row.get("networkExists").asBoolean(),
					row.get("keyHash").asString(null), row.get("keyGathering").asString(null),
					row.get("notMembers").asList(Value::asString)))
			.one()
			.orElseThrow();
	}

	boolean networkExists(String network) {
		return this.neo4j.query("RETURN EXISTS { (:Network {id: $id}) }")
			.bind(network)
			.to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/**
	 * The gathering as {@link #VIEW} would read it back, from the plan and the row {@link #WRITE} returned: the
	 * same orders (values by position, spearheads by rank, attendees and initiators by id) and, since an alias may
	 * lead two wordings to one entry, each spearhead with the ideas of every row that resolved to it.
	 */
	@SuppressWarnings("unchecked")
	private static GatheringView written(SubmissionPlan plan, String network, MapAccessor row) {
		Map<Integer, MapAccessor> stored = new HashMap<>();
		row.get("values").asList(v -> v).forEach(v -> stored.put(v.get("position").asInt(), v));
		List<GatheringView.ValueView> values = plan.values()
			.stream()
			.map(v -> new GatheringView.ValueView(stored.get((Integer) v.get("position")).get("key").asString(),
					stored.get((Integer) v.get("position")).get("label").asString(), (String) v.get("wording")))
			.toList();
		Map<Integer, MapAccessor> resolved = new HashMap<>();
		row.get("spearheads").asList(s -> s).forEach(s -> resolved.put(s.get("rank").asInt(), s));
		Map<String, String> keyOf = new HashMap<>();
		plan.spearheads()
			.forEach(s -> keyOf.put((String) s.get("key"), resolved.get((Integer) s.get("rank")).get("key").asString()));
		Map<String, List<Map<String, Object>>> ideasOf = new HashMap<>();
		plan.ideas()
			.stream()
			.sorted(Comparator.comparingInt(i -> (Integer) i.get("position")))
			.forEach(i -> ideasOf.computeIfAbsent(keyOf.get((String) i.get("spearhead")), k -> new ArrayList<>()).add(i));
		List<GatheringView.SpearheadView> spearheads = plan.spearheads().stream().map(s -> {
			MapAccessor resolvedRow = resolved.get((Integer) s.get("rank"));
			String key = resolvedRow.get("key").asString();
			return new GatheringView.SpearheadView((Integer) s.get("rank"), key, resolvedRow.get("title").asString(),
					(String) s.get("wording"), (String) s.get("explanation"),
					resolvedRow.get("values").asList(Value::asString), ideasOf.getOrDefault(key, List.of())
						.stream()
						.map(i -> {
							List<String> initiators = ((List<String>) i.get("initiators")).stream().sorted().toList();
							return new GatheringView.IdeaView((String) i.get("id"), (String) i.get("title"),
									(String) i.get("description"), IdeaStatus.valueOf((String) i.get("status")),
									initiators.size(), initiators);
						})
						.toList());
		}).toList();
		List<String> attendees = plan.attendees().stream().sorted().toList();
		return new GatheringView(plan.gatheringId(), network, row.get("networkName").asString(),
				(LocalDate) plan.gathering().get("heldOn"), (Integer) plan.gathering().get("participants"),
				row.get("submittedAt").asOffsetDateTime(), attendees.size(), attendees, values, spearheads);
	}

	private static GatheringView view(MapAccessor row) {
		List<GatheringView.SpearheadView> spearheads = row.get("spearheads")
			.asList(s -> new GatheringView.SpearheadView(s.get("rank").asInt(), s.get("key").asString(),
					s.get("title").asString(), s.get("wording").asString(), s.get("explanation").asString(null),
					s.get("values").asList(Value::asString), s.get("ideas")
						.asList(i -> i)
						.stream()
						.sorted(Comparator.comparingInt(i -> i.get("position").asInt(0)))
						.map(i -> new GatheringView.IdeaView(i.get("id").asString(), i.get("title").asString(),
								i.get("description").asString(null), IdeaStatus.valueOf(i.get("status").asString()),
								i.get("initiators").size(), i.get("initiators").asList(Value::asString)))
						.toList()))
			.stream()
			.sorted(Comparator.comparingInt(GatheringView.SpearheadView::rank))
			.toList();
		List<String> attendees = row.get("attendees").asList(Value::asString);
		return new GatheringView(row.get("id").asString(), row.get("network").asString(),
				row.get("networkName").asString(), row.get("heldOn").asLocalDate(), row.get("participants").asInt(),
				row.get("submittedAt").asOffsetDateTime(), attendees.size(), attendees,
				row.get("values")
					.asList(v -> v)
					.stream()
					.sorted(Comparator.comparingInt(v -> v.get("position").asInt(0)))
					.map(v -> new GatheringView.ValueView(v.get("key").asString(), v.get("label").asString(),
							v.get("wording").asString()))
					.toList(),
				spearheads);
	}

}
