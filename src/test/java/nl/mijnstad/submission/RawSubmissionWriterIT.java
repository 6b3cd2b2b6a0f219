package nl.mijnstad.submission;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.mijnstad.Api;
import nl.mijnstad.IntegrationTest;
import nl.mijnstad.vocabulary.Normaliser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest benchmark's raw baseline writes exactly what the API writes for the same submission: the same
 * nodes and relationships, so the two rates compare like with like.
 */
class RawSubmissionWriterIT extends IntegrationTest {

	@Autowired
	Normaliser normaliser;

	@Test
	void aRawWriteCreatesTheSameGraphAsTheApiForTheSameSubmission() {
		String network = api().network("HOBBY");
		String anna = api().member(network, "Anna Raw", null);
		String bert = api().member(network, "Bert Raw", null);
		List<GatheringSubmission.Spearhead> spearheads = List.of(
				spearhead("Meer groen in de wijk", "groen", "Buurtakker", anna),
				spearhead("Veilige fietsroutes", "veiligheid", "Fietsschool", bert),
				spearhead("Een plek om elkaar te ontmoeten", "ontmoeting", "Buurthuiskamer", anna),
				spearhead("Sporten voor iedereen", "gezondheid", "Wandelgroep", bert),
				spearhead("Cultuur dichtbij", "cultuur", "Straattheater", anna));
		GatheringSubmission submission = new GatheringSubmission(LocalDate.of(2017, 3, 1), 12, List.of(anna, bert),
				List.of("groen", "veiligheid", "ontmoeting", "gezondheid", "cultuur"), spearheads);

		Api.Answer answer = api().post("/api/v1/networks/" + network + "/gatherings", api().admin(), submission,
				Map.of("Idempotency-Key", "raw-writer-it-api"));
		assertThat(answer.status()).isEqualTo(201);
		RawSubmissionWriter raw = new RawSubmissionWriter(this.normaliser);
		Map<String, Object> parameters = raw.parameters(network, submission, "admin", "raw-writer-it-raw");
		try (var session = this.driver.session()) {
			assertThat(RawSubmissionWriter.write(session, parameters)).isTrue();
			// The same key again: the guard holds the write back, as it does for the API.
			assertThat(RawSubmissionWriter.write(session, parameters)).isFalse();
		}
		String rawId = (String) ((Map<?, ?>) parameters.get("gathering")).get("id");

		assertThat(shape(rawId)).isEqualTo(shape(answer.id())).containsExactly(2L, 5L, 5L, 5L, 5L, 1L);
	}

	private static GatheringSubmission.Spearhead spearhead(String title, String value, String idea, String initiator) {
		return new GatheringSubmission.Spearhead(title, null, List.of(value),
				List.of(new GatheringSubmission.Idea(idea, null, IdeaStatus.PLANNED, List.of(initiator))));
	}

	/** Attendees, values, spearheads, ideas, initiators and idempotency keys of one gathering. */
	private List<Long> shape(String gathering) {
		return List.of(count("MATCH (:Person)-[:ATTENDED]->(:Gathering {id: $id}) RETURN count(*)", "id", gathering),
				count("MATCH (:Gathering {id: $id})-[:HOLDS]->(:Value) RETURN count(*)", "id", gathering),
				count("MATCH (:Gathering {id: $id})-[:PRIORITISES]->(:Spearhead) RETURN count(*)", "id", gathering),
				count("MATCH (:Gathering {id: $id})-[:PROPOSED]->(:Idea)-[:FOR]->(:Spearhead) RETURN count(*)", "id",
						gathering),
				count("MATCH (:Gathering {id: $id})-[:PROPOSED]->(:Idea)<-[:CARRIES]-(:Person) RETURN count(*)", "id",
						gathering),
				count("MATCH (k:SubmissionKey {gathering: $id}) RETURN count(k)", "id", gathering));
	}

}
