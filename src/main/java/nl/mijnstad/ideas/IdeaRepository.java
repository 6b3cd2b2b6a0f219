package nl.mijnstad.ideas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import nl.mijnstad.graph.CypherQueries;
import nl.mijnstad.submission.IdeaStatus;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Ideas in the graph, read for the ideas box and moved along their status. */
@Repository
class IdeaRepository {

	private static final String BOX = CypherQueries.load("ideas_box");

	private static final String TEXT = CypherQueries.load("ideas_text");

	private static final String SIGNATURE = CypherQueries.load("ideas_signature");

	private static final String PROGRESS_BY_VALUE = CypherQueries.load("ideas_progress_by_value");

	private static final String PROGRESS_BY_SPEARHEAD = CypherQueries.load("ideas_progress_by_spearhead");

	private static final String STATUS_CHANGE = CypherQueries.load("idea_status_change");

	private final Neo4jClient neo4j;

	IdeaRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The filters of the ideas box; null means any.
	 * @param ids only these ideas (from a text search), or null
	 */
	record Filter(IdeaStatus status, String spearhead, String value, String district, String network,
			Collection<String> ids) {

		static Filter ids(Collection<String> ids) {
			return new Filter(null, null, null, null, null, ids);
		}

	}

	IdeaPage page(Filter filter, int page, int size) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("status", (filter.status() == null) ? null : filter.status().name());
		parameters.put("spearhead", filter.spearhead());
		parameters.put("value", filter.value());
		parameters.put("district", filter.district());
		parameters.put("network", filter.network());
		parameters.put("ids", (filter.ids() == null) ? null : List.copyOf(filter.ids()));
		parameters.put("skip", (long) page * size);
		parameters.put("limit", size);
		return this.neo4j.query(BOX)
			.bindAll(parameters)
			.fetchAs(IdeaPage.class)
			.mappedBy((types, row) -> new IdeaPage(row.get("total").asLong(), page, size,
					row.get("items").asList(IdeaRepository::card)))
			.one()
			.orElseThrow();
	}

	/** The cards of these ideas, in no particular order. */
	List<IdeaCard> cards(Collection<String> ids) {
		return ids.isEmpty() ? List.of() : page(Filter.ids(ids), 0, ids.size()).items();
	}

	private static IdeaCard card(Value item) {
		Value network = item.get("network");
		Value spearhead = item.get("spearhead");
		Value last = item.get("last").isEmpty() ? null : item.get("last").get(0);
		return new IdeaCard(item.get("id").asString(), item.get("title").asString(),
				item.get("description").asString(null), IdeaStatus.valueOf(item.get("status").asString()),
				new IdeaCard.NetworkRef(network.get("id").asString(), network.get("name").asString(),
						network.get("kind").asString(null)),
				IdeaCard.Term.spearhead(spearhead.get("key").asString(), spearhead.get("title").asString()),
				item.get("values")
					.asList(v -> IdeaCard.Term.value(v.get("key").asString(), v.get("label").asString(null))),
				item.get("initiators").asLong(), item.get("heldOn").asLocalDate(),
				(last == null) ? null : last.get("on").asLocalDate(null), (last == null) ? null : last.get("note").asString(null));
	}

	List<IdeaDetail.Change> history(String id) {
		return new ArrayList<>(this.neo4j.query("""
				MATCH (:Idea {id: $id})-[:CHANGED]->(c:StatusChange)
				RETURN c.from AS from, c.to AS to, c.on AS on, c.note AS note, c.at AS at
				ORDER BY c.at, c.on""")
			.bind(id)
			.to("id")
			.fetchAs(IdeaDetail.Change.class)
			.mappedBy((types, row) -> new IdeaDetail.Change(IdeaStatus.valueOf(row.get("from").asString()),
					IdeaStatus.valueOf(row.get("to").asString()), row.get("on").asLocalDate(),
					row.get("note").asString(null), row.get("at").asOffsetDateTime()))
			.all());
	}

	/**
	 * What a status change is checked against.
	 * @param network the id of the idea's network
	 * @param status its status now
	 * @param heldOn the day of its gathering
	 * @param lastChangedOn the day of its latest status change, if any
	 */
	record Standing(String network, IdeaStatus status, LocalDate heldOn, LocalDate lastChangedOn) {
	}

	Optional<Standing> standing(String id) {
		return this.neo4j.query("""
				MATCH (n:Network)<-[:OF]-(g:Gathering)-[:PROPOSED]->(i:Idea {id: $id})
				RETURN n.id AS network, i.status AS status, g.heldOn AS heldOn,
				       COLLECT { MATCH (i)-[:CHANGED]->(c:StatusChange) RETURN c.on ORDER BY c.on DESC LIMIT 1 } AS last""")
			.bind(id)
			.to("id")
			.fetchAs(Standing.class)
			.mappedBy((types, row) -> new Standing(row.get("network").asString(),
					IdeaStatus.valueOf(row.get("status").asString()), row.get("heldOn").asLocalDate(),
					row.get("last").isEmpty() ? null : row.get("last").get(0).asLocalDate()))
			.one();
	}

	/** Writes the change if the idea still has status {@code from}; false (nothing written) otherwise. */
	boolean changeStatus(String id, IdeaStatus from, IdeaStatus to, String changeId, LocalDate on, String note,
			String by) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("from", from.name());
		parameters.put("to", to.name());
		parameters.put("changeId", changeId);
		parameters.put("on", on);
		parameters.put("note", note);
		parameters.put("by", by);
		return this.neo4j.query(STATUS_CHANGE).bindAll(parameters).fetch().one().isPresent();
	}

	List<IdeaProgress.Row> progress(boolean byValue) {
		return new ArrayList<>(this.neo4j.query(byValue ? PROGRESS_BY_VALUE : PROGRESS_BY_SPEARHEAD)
			.fetchAs(IdeaProgress.Row.class)
			.mappedBy((types, row) -> IdeaProgress.Row.of(row.get("key").asString(), row.get("label").asString(null),
					row.get("planned").asLong(), row.get("running").asLong(), row.get("done").asLong(),
					row.get("stopped").asLong()))
			.all());
	}

	/** Hands every idea's text to the consumer, for the similarity index. */
	void texts(Consumer<IdeaText> consumer) {
		this.neo4j.query(TEXT)
			.fetchAs(IdeaText.class)
			.mappedBy((types, row) -> new IdeaText(row.get("id").asString(), row.get("network").asString(),
					row.get("title").asString(""), row.get("description").asString("")))
			.all()
			.forEach(consumer);
	}

	record IdeaText(String id, String network, String title, String description) {
	}

	@SuppressWarnings("unchecked")
	List<Long> signature() {
		return this.neo4j.query(SIGNATURE)
			.fetchAs(List.class)
			.mappedBy((types, row) -> row.get("signature").asList(Value::asLong))
			.one()
			.orElseThrow();
	}

	boolean networkExists(String id) {
		return this.neo4j.query("RETURN EXISTS { (:Network {id: $id}) }")
			.bind(id)
			.to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

}
