package nl.mijnstad.panel;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.mijnstad.api.InvalidRequestException;
import nl.mijnstad.api.NotFoundException;
import nl.mijnstad.graph.RetriedOnConflict;
import nl.mijnstad.security.Caller;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and reads consultations. */
@Service
public class Consultations {

	private final Neo4jClient neo4j;

	Consultations(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@RetriedOnConflict
	@Transactional
	public Consultation create(ConsultationRequest request, Caller caller) {
		OffsetDateTime now = OffsetDateTime.now();
		OffsetDateTime opensAt = request.opensAt() == null ? now : request.opensAt();
		InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
		if (request.type() == ConsultationType.SINGLE_CHOICE) {
			if (request.options().size() < 2) {
				errors.add("options", "a single-choice consultation needs at least 2 options");
			}
			if (new HashSet<>(request.options().stream().map(String::strip).toList()).size() != request.options()
				.size()) {
				errors.add("options", "options must differ from each other");
			}
		}
		else if (!request.options().isEmpty()) {
			errors.add("options", "only a SINGLE_CHOICE consultation has options");
		}
		if (!request.closesAt().isAfter(opensAt)) {
			errors.add("closesAt", "must be after opensAt");
		}
		if (!request.closesAt().isAfter(now)) {
			errors.add("closesAt", "must be in the future");
		}
		errors.throwIfAny();
		String id = UUID.randomUUID().toString();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("title", request.title().strip());
		parameters.put("question", request.question().strip());
		parameters.put("type", request.type().name());
		parameters.put("options", request.options().stream().map(String::strip).toList());
		parameters.put("opensAt", opensAt);
		parameters.put("closesAt", request.closesAt());
		parameters.put("createdBy", caller.username());
		this.neo4j.query("""
				CREATE (:Consultation {id: $id, title: $title, question: $question, type: $type, options: $options,
				                       opensAt: $opensAt, closesAt: $closesAt, status: 'DRAFT',
				                       createdAt: datetime(), createdBy: $createdBy})""").bindAll(parameters).run();
		return get(id);
	}

	@RetriedOnConflict
	@Transactional(readOnly = true)
	public Consultation get(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("consultation", id));
	}

	/** Every consultation, the newest first, for the panel admin's overview. */
	@RetriedOnConflict
	@Transactional(readOnly = true)
	public List<Consultation> all() {
		return List.copyOf(this.neo4j.query("""
				MATCH (c:Consultation)
				RETURN c, COUNT { (c)-[:INVITED]->() } AS invited
				ORDER BY c.createdAt DESC, c.id""")
			.fetchAs(Consultation.class)
			.mappedBy((types, row) -> consultation(row.get("c"), row.get("invited").asLong()))
			.all());
	}

	Optional<Consultation> find(String id) {
		return this.neo4j.query("""
				MATCH (c:Consultation {id: $id})
				RETURN c, COUNT { (c)-[:INVITED]->() } AS invited""")
			.bind(id)
			.to("id")
			.fetchAs(Consultation.class)
			.mappedBy((types, row) -> consultation(row.get("c"), row.get("invited").asLong()))
			.one();
	}

	static Consultation consultation(MapAccessor c, long invited) {
		return new Consultation(c.get("id").asString(), c.get("title").asString(), c.get("question").asString(),
				ConsultationType.valueOf(c.get("type").asString()), c.get("options").asList(Value::asString),
				c.get("opensAt").asOffsetDateTime(), c.get("closesAt").asOffsetDateTime(), c.get("status").asString(),
				invited);
	}

}
