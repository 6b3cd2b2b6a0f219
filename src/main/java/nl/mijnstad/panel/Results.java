package nl.mijnstad.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import nl.mijnstad.graph.RetriedOnConflict;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a consultation's responses. Small groups are suppressed: a breakdown group with fewer than k respondents
 * is hidden, and when exactly one group would be hidden the next smallest is hidden too, since the total minus the
 * shown groups would otherwise reveal it. With fewer than k responses in all, only the number invited is shown.
 */
@Service
public class Results {

	private record Row(String answer, String district, String ageBand) {
	}

	private final Neo4jClient neo4j;

	private final Consultations consultations;

	private final PanelProperties properties;

	Results(Neo4jClient neo4j, Consultations consultations, PanelProperties properties) {
		this.neo4j = neo4j;
		this.consultations = consultations;
		this.properties = properties;
	}

	@RetriedOnConflict
	@Transactional(readOnly = true)
	public ConsultationResults of(String consultationId) {
		Consultation consultation = this.consultations.get(consultationId);
		int k = this.properties.k();
		List<Row> rows = List.copyOf(this.neo4j.query("""
				MATCH (r:Response)-[:TO]->(:Consultation {id: $id})
				RETURN r.answer AS answer, r.district AS district, r.ageBand AS ageBand""")
			.bind(consultationId)
			.to("id")
			.fetchAs(Row.class)
			.mappedBy((types, row) -> new Row(row.get("answer").asString(), row.get("district").asString("unknown"),
					row.get("ageBand").asString("unknown")))
			.all());
		if (rows.size() < k) {
			return new ConsultationResults(consultation.id(), consultation.title(), consultation.type(), k,
					consultation.invited(), null, List.of(), List.of(), List.of(), List.of());
		}
		List<String> open = consultation.type() == ConsultationType.OPEN
				? rows.stream().map(Row::answer).sorted().toList() : List.of();
		return new ConsultationResults(consultation.id(), consultation.title(), consultation.type(), k,
				consultation.invited(), (long) rows.size(), counts(consultation, rows), open,
				groups(consultation, rows, Row::district, k), groups(consultation, rows, Row::ageBand, k));
	}

	private static List<ConsultationResults.AnswerCount> counts(Consultation consultation, List<Row> rows) {
		if (consultation.type() == ConsultationType.OPEN) {
			return List.of();
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		consultation.choices().forEach(choice -> counts.put(choice, 0L));
		rows.forEach(row -> counts.merge(row.answer(), 1L, Long::sum));
		return counts.entrySet()
			.stream()
			.map(entry -> new ConsultationResults.AnswerCount(entry.getKey(), entry.getValue()))
			.toList();
	}

	private static List<ConsultationResults.Group> groups(Consultation consultation, List<Row> rows,
			Function<Row, String> by, int k) {
		Map<String, List<Row>> groups = new TreeMap<>();
		rows.forEach(row -> groups.computeIfAbsent(by.apply(row), key -> new ArrayList<>()).add(row));
		List<String> hidden = new ArrayList<>(groups.keySet().stream().filter(key -> groups.get(key).size() < k).toList());
		if (hidden.size() == 1 && groups.size() > 1) {
			groups.keySet()
				.stream()
				.filter(key -> !hidden.contains(key))
				.min(Comparator.comparingInt((String key) -> groups.get(key).size()).thenComparing(key -> key))
				.ifPresent(hidden::add);
		}
		return groups.entrySet()
			.stream()
			.map(entry -> hidden.contains(entry.getKey())
					? new ConsultationResults.Group(entry.getKey(), true, null, List.of())
					: new ConsultationResults.Group(entry.getKey(), false, (long) entry.getValue().size(),
							counts(consultation, entry.getValue())))
			.toList();
	}

}
