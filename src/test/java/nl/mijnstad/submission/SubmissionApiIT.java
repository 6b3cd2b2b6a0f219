package nl.mijnstad.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import nl.mijnstad.Api;
import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;
import nl.mijnstad.vocabulary.Normaliser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** A holder submits a gathering's output in one request and reads it back; bad requests change nothing. */
class SubmissionApiIT extends IntegrationTest {

	@Autowired
	Normaliser normaliser;

	private String network;

	private String anna;

	private String bram;

	private String holder;

	@BeforeEach
	void city() {
		this.network = api().network("SPORT", "WK079609");
		this.anna = api().member(this.network, "Anna B.", "WK079609");
		this.bram = api().member(this.network, "Bram C.", null);
		this.holder = api().account("NETWORK_HOLDER", this.network);
	}

	private Map<String, Object> submission() {
		Map<String, Object> idea = new LinkedHashMap<>();
		idea.put("title", "Buurtakker");
		idea.put("description", "Samen een moestuin beginnen achter het clubhuis");
		idea.put("status", "RUNNING");
		idea.put("initiators", List.of(this.anna, this.bram));
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("title", "Meer groen in de wijk");
		first.put("explanation", "Minder stenen, meer bomen");
		first.put("values", List.of("groen"));
		first.put("ideas", List.of(idea, Map.of("title", "Geveltuintjes")));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("heldOn", "2017-01-03");
		body.put("participants", 23);
		body.put("attendees", List.of(this.anna));
		body.put("values", List.of(" Groen", "Ontmoeting", "Énergie"));
		body.put("spearheads", List.of(first,
				Map.of("title", "Een plek om elkaar te ontmoeten", "values", List.of("ontmoeting", "energie"))));
		return body;
	}

	private String path() {
		return "/api/v1/networks/" + this.network + "/gatherings";
	}

	@Test
	void holderSubmitsAGatheringAndReadsItBack() {
		Answer created = api().post(path(), this.holder, submission());

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/gatherings/" + created.id());
		JsonNode stored = api().get("/api/v1/gatherings/" + created.id(), this.holder).json();
		assertThat(stored).isEqualTo(created.json());
		assertThat(stored.get("network").asString()).isEqualTo(this.network);
		assertThat(stored.get("participants").asInt()).isEqualTo(23);
		assertThat(stored.get("attendees").get(0).asString()).isEqualTo(this.anna);
		// Values meet under their folded key; the wording as submitted is kept.
		assertThat(stored.get("values").get(0).get("key").asString()).isEqualTo(this.normaliser.key("groen"));
		assertThat(stored.get("values").get(0).get("wording").asString()).isEqualTo(" Groen");
		assertThat(stored.get("values").get(2).get("key").asString()).isEqualTo(this.normaliser.key("energie"));
		JsonNode spearheads = stored.get("spearheads");
		assertThat(spearheads).hasSize(2);
		assertThat(spearheads.get(0).get("rank").asInt()).isEqualTo(1);
		// The title is the vocabulary's label (the first wording any gathering used); the wording is this one's.
		assertThat(spearheads.get(0).get("wording").asString()).isEqualTo("Meer groen in de wijk");
		assertThat(spearheads.get(0).get("title").asString()).isEqualToIgnoringCase("Meer groen in de wijk");
		assertThat(spearheads.get(1).get("values").valueStream().map(JsonNode::asString))
			.containsExactly(this.normaliser.key("ontmoeting"), this.normaliser.key("energie"));
		JsonNode ideas = spearheads.get(0).get("ideas");
		assertThat(ideas).hasSize(2);
		assertThat(ideas.get(0).get("title").asString()).isEqualTo("Buurtakker");
		assertThat(ideas.get(0).get("status").asString()).isEqualTo("RUNNING");
		assertThat(ideas.get(0).get("initiatorCount").asInt()).isEqualTo(2);
		assertThat(ideas.get(1).get("status").asString()).isEqualTo("PLANNED");

		assertThat(count("MATCH (:Gathering {id: $id})-[:OF]->(:Network {id: $n}) RETURN count(*)", "id",
				created.id(), "n", this.network)).isOne();
		assertThat(count("MATCH (:Spearhead {key: $s})-[:SERVES]->(:Value {key: $v}) RETURN count(*)", "s",
				this.normaliser.key("Meer groen in de wijk"), "v", this.normaliser.key("groen"))).isOne();
		assertThat(api().get("/api/v1/networks/" + this.network, this.holder).json().get("reached").asBoolean())
			.isTrue();
	}

	/**
	 * The 201 is built from what the write resolved, not read back: it must still be what a GET returns when the
	 * vocabulary already holds the words under another label, or merged them into other entries.
	 */
	@Test
	void theAnswerIsWhatIsStoredWhenTheVocabularyAlreadyHoldsTheWords() {
		String word = "xwaarde" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
		String mergedWord = "xsamen" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
		String title = "xplan" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
		String mergedTitle = "xdoel" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("heldOn", "2017-01-02");
		first.put("participants", 5);
		first.put("values", List.of(word.toUpperCase(), mergedWord));
		first.put("spearheads", List.of(Map.of("title", title.toUpperCase(), "values", List.of(word)),
				Map.of("title", mergedTitle)));
		assertThat(api().post(path(), this.holder, first).status()).isEqualTo(201);
		assertThat(api().post("/api/v1/vocabulary/values/" + this.normaliser.key(mergedWord) + "/merge-into/"
				+ this.normaliser.key(word), api().admin(), Map.of()).status()).isEqualTo(200);
		assertThat(api().post("/api/v1/vocabulary/spearheads/" + this.normaliser.key(mergedTitle) + "/merge-into/"
				+ this.normaliser.key(title), api().admin(), Map.of()).status()).isEqualTo(200);

		Map<String, Object> later = submission();
		later.put("attendees", List.of(this.bram, this.anna));
		later.put("values", List.of(word, "groen", mergedWord));
		@SuppressWarnings("unchecked")
		Map<String, Object> spearhead = new LinkedHashMap<>((Map<String, Object>) ((List<?>) later.get("spearheads")).get(0));
		spearhead.put("title", mergedTitle);
		spearhead.put("values", List.of(mergedWord, "groen"));
		later.put("spearheads", List.of(spearhead));
		Answer created = api().post(path(), this.holder, later);

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json()).isEqualTo(api().get("/api/v1/gatherings/" + created.id(), this.holder).json());
		JsonNode values = created.json().get("values");
		assertThat(values.get(0).get("label").asString()).isEqualTo(this.normaliser.label(word.toUpperCase()));
		assertThat(values.get(2).get("key").asString()).isEqualTo(this.normaliser.key(word));
		assertThat(values.get(2).get("wording").asString()).isEqualTo(mergedWord);
		JsonNode merged = created.json().get("spearheads").get(0);
		assertThat(merged.get("key").asString()).isEqualTo(this.normaliser.key(title));
		assertThat(merged.get("title").asString()).isEqualTo(this.normaliser.label(title.toUpperCase()));
		assertThat(merged.get("values").get(0).asString()).isEqualTo(this.normaliser.key(word));
		assertThat(merged.get("ideas")).hasSize(2);
	}

	@Test
	void aRetryWithTheSameKeyReturnsTheFirstResultAndCreatesNothing() {
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
		Answer first = api().post(path(), this.holder, submission(), key);
		long[] before = graphSize();

		Answer retry = api().post(path(), this.holder, submission(), key);

		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void theSameKeyWithAnotherBodyIsAConflict() {
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
		api().post(path(), this.holder, submission(), key);
		Map<String, Object> changed = submission();
		changed.put("participants", 24);
		long[] before = graphSize();

		Answer conflict = api().post(path(), this.holder, changed, key);

		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.contentType()).isEqualTo("application/problem+json");
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void concurrentRetriesWithOneKeyCreateOneGathering() throws Exception {
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
		List<Callable<Answer>> retries = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			retries.add(() -> api().post(path(), this.holder, submission(), key));
		}
		List<Answer> answers = new ArrayList<>();
		try (var pool = Executors.newFixedThreadPool(6)) {
			for (var future : pool.invokeAll(retries)) {
				answers.add(future.get());
			}
		}

		assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
		assertThat(answers.stream().map(Answer::id).distinct()).hasSize(1);
		assertThat(count("MATCH (g:Gathering)-[:OF]->(:Network {id: $n}) RETURN count(g)", "n", this.network))
			.isOne();
	}

	@Test
	void everyBadFieldIsNamedAndNothingIsWritten() {
		Map<String, Object> bad = submission();
		bad.put("participants", 0);
		bad.put("values", List.of("groen", "Groen ", ""));
		bad.put("spearheads", List.of(Map.of("title", "x".repeat(201), "values", List.of("cultuur"))));
		long[] before = graphSize();

		Answer answer = api().post(path(), this.holder, bad);

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.contentType()).isEqualTo("application/problem+json");
		assertThat(fields(answer)).contains("participants", "values[2]", "spearheads[0].title");
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void duplicatesAndValuesOutsideTheGatheringAreNamed() {
		Map<String, Object> bad = submission();
		bad.put("values", List.of("groen", "Gróén"));
		bad.put("spearheads", List.of(Map.of("title", "Bomen"), Map.of("title", " bomen", "values", List.of("cultuur"))));
		long[] before = graphSize();

		Answer answer = api().post(path(), this.holder, bad);

		assertThat(answer.status()).isEqualTo(422);
		assertThat(fields(answer)).containsExactlyInAnyOrder("values[1]", "spearheads[1].title",
				"spearheads[1].values[0]");
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void attendeesAndInitiatorsMustBeMembers() {
		String outsider = api().member(api().network("CULTURE"), "Cor D.", null);
		Map<String, Object> bad = submission();
		bad.put("attendees", List.of(this.anna, outsider));
		@SuppressWarnings("unchecked")
		Map<String, Object> first = (Map<String, Object>) ((List<?>) bad.get("spearheads")).get(0);
		first.put("ideas", List.of(Map.of("title", "Buurtakker", "initiators", List.of("no-such-person"))));
		long[] before = graphSize();

		Answer answer = api().post(path(), this.holder, bad);

		assertThat(answer.status()).isEqualTo(422);
		assertThat(fields(answer)).containsExactlyInAnyOrder("attendees[1]", "spearheads[0].ideas[0].initiators[0]");
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void limitsOnCountsAreEnforced() {
		Map<String, Object> bad = submission();
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 51; i++) {
			values.add("waarde " + i);
		}
		bad.put("values", values);
		List<Object> spearheads = new ArrayList<>();
		for (int i = 0; i < 31; i++) {
			spearheads.add(Map.of("title", "speerpunt " + i));
		}
		bad.put("spearheads", spearheads);

		Answer answer = api().post(path(), this.holder, bad);

		assertThat(answer.status()).isEqualTo(422);
		assertThat(fields(answer)).contains("values", "spearheads");
	}

	@Test
	void malformedJsonWrongTypesAndUnknownFieldsAre400() {
		long[] before = graphSize();
		Answer truncated = api().post(path(), this.holder, "{\"heldOn\": \"2017-01-03\", \"values\": [");
		Answer wrongType = api().post(path(), this.holder, "{\"heldOn\": \"gisteren\", \"participants\": 3}");
		Answer unknown = api().post(path(), this.holder, "{\"heldOn\": \"2017-01-03\", \"secret\": true}");
		Answer wrongMedia = api().postBytes(path(), this.holder, "values=groen".getBytes(), "text/plain");

		assertThat(truncated.status()).isEqualTo(400);
		assertThat(truncated.contentType()).isEqualTo("application/problem+json");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(fields(wrongType)).containsExactly("heldOn");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(fields(unknown)).containsExactly("secret");
		assertThat(wrongMedia.status()).isEqualTo(415);
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void bodiesOverOneMebibyteAre413() {
		byte[] huge = ("{\"values\": [\"" + "a".repeat(1024 * 1024) + "\"]}").getBytes();

		Answer answer = api().postBytes(path(), this.holder, huge, "application/json");

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.contentType()).isEqualTo("application/problem+json");
	}

	@Test
	void chunkedBodiesOverOneMebibyteAre413AndChangeNothing() {
		long[] before = graphSize();
		byte[] huge = ("{\"heldOn\": \"2024-01-01\", \"participants\": 3, \"values\": [\"" + "a".repeat(1024 * 1024)
				+ "\"]}").getBytes();

		Answer answer = api().postChunked(path(), this.holder, huge, "application/json");

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.contentType()).isEqualTo("application/problem+json");
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void anUnknownNetworkIs404() {
		Answer answer = api().post("/api/v1/networks/" + UUID.randomUUID() + "/gatherings", api().admin(),
				submission());

		assertThat(answer.status()).isEqualTo(404);
		assertThat(api().get("/api/v1/gatherings/" + UUID.randomUUID(), api().admin()).status()).isEqualTo(404);
	}

	@Test
	void aHolderSubmitsOnlyForTheirOwnNetworks() {
		String otherHolder = api().account("NETWORK_HOLDER", api().network("FAITH"));
		String policymaker = api().account("POLICYMAKER");

		assertThat(api().post(path(), otherHolder, submission()).status()).isEqualTo(403);
		assertThat(api().post(path(), policymaker, submission()).status()).isEqualTo(403);
		assertThat(api().post(path(), null, submission()).status()).isEqualTo(401);
		assertThat(count("MATCH (g:Gathering)-[:OF]->(:Network {id: $n}) RETURN count(g)", "n", this.network))
			.isZero();
	}

	@Test
	void othersReadAGatheringWithoutPersonIds() {
		String id = api().post(path(), this.holder, submission()).id();
		String policymaker = api().account("POLICYMAKER");

		JsonNode seen = api().get("/api/v1/gatherings/" + id, policymaker).json();

		assertThat(seen.toString()).doesNotContain(this.anna).doesNotContain(this.bram);
		assertThat(seen.get("attendeeCount").asInt()).isOne();
		assertThat(seen.get("spearheads").get(0).get("ideas").get(0).get("initiatorCount").asInt()).isEqualTo(2);
	}

	static List<String> fields(Answer answer) {
		List<String> fields = new ArrayList<>();
		answer.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

}
