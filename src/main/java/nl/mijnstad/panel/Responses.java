package nl.mijnstad.panel;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.mijnstad.graph.RetriedOnConflict;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a resident does through their personal link: answer (again, until closing) or opt out. A response is
 * stored as {@code (:Response {key, answer, at, district, ageBand})-[:TO]->(:Consultation)} with no link to the
 * person or their contact data; its key is derived from the token, which the graph does not keep, so only the
 * link's holder can find and replace it. District and age band are kept for the results' breakdowns, which
 * suppress small groups.
 */
@Service
public class Responses {

	/** An invitation as its link opens it. */
	public record Invitation(Consultation consultation, String personId, String district, Integer birthYear,
			String currentAnswer) {
	}

	/** What happened to an answer. */
	public enum Outcome {

		SAVED, REPLACED, NOT_OPEN, INVALID

	}

	private final Neo4jClient neo4j;

	private final Consents consents;

	Responses(Neo4jClient neo4j, Consents consents) {
		this.neo4j = neo4j;
		this.consents = consents;
	}

	@RetriedOnConflict
	@Transactional(readOnly = true)
	public Optional<Invitation> open(String token) {
		if (!InvitationTokens.wellFormed(token)) {
			return Optional.empty();
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("hash", InvitationTokens.hash(token));
		parameters.put("key", InvitationTokens.responseKey(token));
		return this.neo4j.query("""
				MATCH (c:Consultation)-[:INVITED {tokenHash: $hash}]->(p:Person)
				OPTIONAL MATCH (p)-[:LIVES_IN]->(d:District)
				OPTIONAL MATCH (r:Response {key: $key})
				RETURN c, COUNT { (c)-[:INVITED]->() } AS invited, p.id AS person, d.code AS district,
				       p.birthYear AS birthYear, r.answer AS answer""")
			.bindAll(parameters)
			.fetchAs(Invitation.class)
			.mappedBy((types, row) -> new Invitation(
					Consultations.consultation(row.get("c"), row.get("invited").asLong()), row.get("person").asString(),
					row.get("district").asString(null),
					row.get("birthYear").isNull() ? null : row.get("birthYear").asInt(),
					row.get("answer").asString(null)))
			.one();
	}

	/** Saves or replaces the answer given through this link; an answer that does not fit the question is refused. */
	@RetriedOnConflict
	@Transactional
	public Outcome answer(Invitation invitation, String token, String answer) {
		Consultation consultation = invitation.consultation();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		if (!consultation.acceptsAnswersAt(now)) {
			return Outcome.NOT_OPEN;
		}
		String text = answer == null ? "" : answer.strip();
		if (text.isEmpty() || text.length() > 2000
				|| (consultation.type() != ConsultationType.OPEN && !consultation.choices().contains(text))) {
			return Outcome.INVALID;
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("consultation", consultation.id());
		parameters.put("key", InvitationTokens.responseKey(token));
		parameters.put("answer", text);
		parameters.put("at", now);
		parameters.put("district", invitation.district());
		parameters.put("ageBand", AgeBand.of(invitation.birthYear(), now.getYear()));
		this.neo4j.query("""
				MATCH (c:Consultation {id: $consultation})
				MERGE (r:Response {key: $key})
				ON CREATE SET r.id = randomUUID()
				SET r.answer = $answer, r.at = $at, r.district = $district, r.ageBand = $ageBand
				MERGE (r)-[:TO]->(c)""").bindAll(parameters).run();
		return invitation.currentAnswer() == null ? Outcome.SAVED : Outcome.REPLACED;
	}

	/** Withdraws the person's panel consent: no further invitation reaches them. */
	@RetriedOnConflict
	@Transactional
	public void optOut(Invitation invitation) {
		this.consents.withdraw(invitation.personId(), Purpose.PANEL);
	}

}
