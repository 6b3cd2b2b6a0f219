package nl.mijnstad.vocabulary;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.mijnstad.graph.CypherQueries;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Vocabulary entries, their aliases and merges in the graph. */
@Repository
class VocabularyRepository {

	private static final String MERGE_VALUES = CypherQueries.load("vocabulary_merge_values");

	private static final String MERGE_SPEARHEADS = CypherQueries.load("vocabulary_merge_spearheads");

	private final Neo4jClient neo4j;

	VocabularyRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	boolean exists(VocabularyKind kind, String key) {
		return this.neo4j.query("RETURN EXISTS { (:" + kind.label() + " {key: $key}) }")
			.bind(key)
			.to("key")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** The entry each key's alias points at, for the keys that have one. */
	Map<String, String> aliases(VocabularyKind kind, Collection<String> keys) {
		Map<String, String> aliases = new HashMap<>();
		this.neo4j.query("UNWIND $keys AS key MATCH (:" + kind.aliasLabel() + " {key: key})-[:ALIAS_OF]->(e:"
				+ kind.label() + ") RETURN key, e.key AS target")
			.bind(List.copyOf(keys))
			.to("keys")
			.fetch()
			.all()
			.forEach(row -> aliases.put((String) row.get("key"), (String) row.get("target")));
		return aliases;
	}

	/** Every alias of one kind; there is one per merge, so few. */
	Map<String, String> allAliases(VocabularyKind kind) {
		Map<String, String> aliases = new HashMap<>();
		this.neo4j.query("MATCH (a:" + kind.aliasLabel() + ")-[:ALIAS_OF]->(e:" + kind.label()
				+ ") RETURN a.key AS key, e.key AS target")
			.fetch()
			.all()
			.forEach(row -> aliases.put((String) row.get("key"), (String) row.get("target")));
		return aliases;
	}

	/** Merges in one statement (see the query files); empty when either entry is gone. */
	Optional<String> merge(VocabularyKind kind, String from, String into, String mergeId, String by) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("into", into);
		parameters.put("mergeId", mergeId);
		parameters.put("by", by);
		return this.neo4j.query(kind == VocabularyKind.VALUE ? MERGE_VALUES : MERGE_SPEARHEADS)
			.bindAll(parameters)
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.one();
	}

	/** The merges, latest first; only the one with this id when {@code id} is not null. */
	List<VocabularyMerge> merges(String id, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("limit", limit);
		return this.neo4j.query("""
				MATCH (m:VocabularyMerge)
				WHERE $id IS NULL OR m.id = $id
				RETURN m.id AS id, m.kind AS kind, m.from AS from, m.fromLabel AS fromLabel, m.into AS into,
				       m.intoLabel AS intoLabel, m.at AS at, m.by AS by, m.moved AS moved, m.collapsed AS collapsed,
				       m.serves AS serves, m.valueLists AS valueLists, m.ideas AS ideas
				ORDER BY m.at DESC, m.id
				LIMIT $limit""")
			.bindAll(parameters)
			.fetchAs(VocabularyMerge.class)
			.mappedBy((types, row) -> new VocabularyMerge(row.get("id").asString(),
					VocabularyKind.valueOf(row.get("kind").asString()), row.get("from").asString(),
					row.get("fromLabel").asString(null), row.get("into").asString(),
					row.get("intoLabel").asString(null), row.get("at").asOffsetDateTime(), row.get("by").asString(null),
					row.get("moved").asLong(0), row.get("collapsed").asLong(0), row.get("serves").asLong(0),
					row.get("valueLists").asLong(0), row.get("ideas").asLong(0)))
			.all()
			.stream()
			.toList();
	}

	Optional<VocabularyMerge> merge(String id) {
		return merges(id, 1).stream().findFirst();
	}

	/** Every entry of a kind with the number of gatherings linking to it. */
	List<DuplicateCandidates.Side> entries(VocabularyKind kind) {
		String query = (kind == VocabularyKind.VALUE)
				? "MATCH (e:Value) RETURN e.key AS key, coalesce(e.label, e.key) AS label, "
						+ "COUNT { (:Gathering)-[:HOLDS]->(e) } AS gatherings"
				: "MATCH (e:Spearhead) RETURN e.key AS key, coalesce(e.title, e.key) AS label, "
						+ "COUNT { (:Gathering)-[:PRIORITISES]->(e) } AS gatherings";
		return this.neo4j.query(query)
			.fetchAs(DuplicateCandidates.Side.class)
			.mappedBy((types, row) -> new DuplicateCandidates.Side(row.get("key").asString(),
					row.get("label").asString(), row.get("gatherings").asLong()))
			.all()
			.stream()
			.toList();
	}

	/** Changes whenever entries, their links or the recorded changes do; from the count store. */
	@SuppressWarnings("unchecked")
	List<Long> signature() {
		return this.neo4j.query("""
				CALL () { MATCH (n:Value) RETURN count(n) AS values }
				CALL () { MATCH (n:Spearhead) RETURN count(n) AS spearheads }
				CALL () { MATCH (n:Gathering) RETURN count(n) AS gatherings }
				CALL () { MATCH (n:AnalyticsChange) RETURN count(n) AS changes }
				RETURN [values, spearheads, gatherings, changes] AS signature""")
			.fetchAs(List.class)
			.mappedBy((types, row) -> row.get("signature").asList(Value::asLong))
			.one()
			.orElseThrow();
	}

}
