package nl.mijnstad.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;
import nl.mijnstad.vocabulary.Normaliser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The ideas box over the API, on a small city of two networks built through the submission API with nonsense
 * words of its own, so that other tests' ideas never match: filters, paging, similar ideas, status changes
 * and progress counts. Policymakers and everyone else read it; no person is named in it.
 */
class IdeasApiIT extends IntegrationTest {

	private static final Random RANDOM = new Random();

	@Autowired
	Normaliser normaliser;

	/** Nonsense words unique to this test: a shared theme, a value and two spearheads. */
	private String theme;

	private String value;

	private String sportSpearhead;

	private String cultureSpearhead;

	private String sport;

	private String culture;

	private String anna;

	private String bram;

	private String cor;

	private String sportHolder;

	private String cultureHolder;

	private String akker;

	private String gevel;

	private String kerk;

	static String nonsense() {
		String consonants = "bdfgklmnprstvz";
		String vowels = "aiou";
		StringBuilder word = new StringBuilder("q");
		for (int i = 0; i < 4; i++) {
			word.append(vowels.charAt(RANDOM.nextInt(vowels.length())));
			word.append(consonants.charAt(RANDOM.nextInt(consonants.length())));
		}
		return word.toString();
	}

	@BeforeEach
	void city() {
		this.theme = nonsense();
		this.value = nonsense();
		this.sportSpearhead = nonsense();
		this.cultureSpearhead = nonsense();
		this.sport = api().network("SPORT", "WK079609");
		this.culture = api().network("CULTURE", "WK079601");
		this.anna = api().member(this.sport, "Anna Ideeënbus", "WK079609");
		this.bram = api().member(this.sport, "Bram Ideeënbus", null);
		this.cor = api().member(this.culture, "Cor Ideeënbus", null);
		this.sportHolder = api().account("NETWORK_HOLDER", this.sport);
		this.cultureHolder = api().account("NETWORK_HOLDER", this.culture);
		Answer first = submit(this.sport, this.sportHolder, "2024-03-01", List.of(this.value, "Sport " + this.theme),
				spearhead(this.sportSpearhead, List.of(this.value),
						idea("Buurtakker " + this.theme, "Samen een " + this.theme + " moestuin achter het clubhuis",
								"RUNNING", List.of(this.anna, this.bram)),
						idea(nonsense() + " " + nonsense(), null, "PLANNED", List.of())));
		Answer second = submit(this.culture, this.cultureHolder, "2024-04-01", List.of(this.value),
				spearhead(this.cultureSpearhead, List.of(this.value),
						idea("Moestuin " + this.theme + " bij de kerk", "Een " + this.theme + " moestuin voor de buurt",
								"DONE", List.of(this.cor))));
		JsonNode sportIdeas = first.json().get("spearheads").get(0).get("ideas");
		this.akker = sportIdeas.get(0).get("id").asString();
		this.gevel = sportIdeas.get(1).get("id").asString();
		this.kerk = second.json().get("spearheads").get(0).get("ideas").get(0).get("id").asString();
	}

	static Map<String, Object> idea(String title, String description, String status, List<String> initiators) {
		Map<String, Object> idea = new LinkedHashMap<>();
		idea.put("title", title);
		idea.put("description", description);
		idea.put("status", status);
		idea.put("initiators", initiators);
		return idea;
	}

	@SafeVarargs
	static Map<String, Object> spearhead(String title, List<String> values, Map<String, Object>... ideas) {
		Map<String, Object> spearhead = new LinkedHashMap<>();
		spearhead.put("title", title);
		spearhead.put("values", values);
		spearhead.put("ideas", List.of(ideas));
		return spearhead;
	}

	@SafeVarargs
	final Answer submit(String network, String holder, String heldOn, List<String> values,
			Map<String, Object>... spearheads) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("heldOn", heldOn);
		body.put("participants", 12);
		body.put("values", values);
		body.put("spearheads", List.of(spearheads));
		Answer answer = api().post("/api/v1/networks/" + network + "/gatherings", holder, body);
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer;
	}

	private static List<String> ids(JsonNode items) {
		List<String> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	private static List<String> fields(Answer answer) {
		List<String> fields = new ArrayList<>();
		answer.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

	@Test
	void anIdeaShowsItsNetworkSpearheadValuesAndInitiatorCountButNoPeople() {
		Answer page = api().get("/api/v1/ideas?network=" + this.sport, api().account("POLICYMAKER"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().get("total").asLong()).isEqualTo(2);
		JsonNode akker = page.json().get("items").get(0);
		assertThat(akker.get("id").asString()).isEqualTo(this.akker);
		assertThat(akker.get("title").asString()).isEqualTo("Buurtakker " + this.theme);
		assertThat(akker.get("status").asString()).isEqualTo("RUNNING");
		assertThat(akker.get("network").get("id").asString()).isEqualTo(this.sport);
		assertThat(akker.get("network").get("kind").asString()).isEqualTo("SPORT");
		assertThat(akker.get("spearhead").get("key").asString()).isEqualTo(this.normaliser.key(this.sportSpearhead));
		assertThat(akker.get("spearhead").get("title").asString()).isEqualTo(this.sportSpearhead);
		assertThat(akker.get("values")).hasSize(1);
		assertThat(akker.get("values").get(0).get("key").asString()).isEqualTo(this.normaliser.key(this.value));
		assertThat(akker.get("values").get(0).get("label").asString()).isEqualTo(this.value);
		assertThat(akker.get("initiators").asInt()).isEqualTo(2);
		assertThat(akker.get("heldOn").asString()).isEqualTo("2024-03-01");
		assertThat(akker.has("statusChangedOn")).isFalse();
		assertThat(page.text()).doesNotContain(this.anna, this.bram, "Anna", "Bram", "@example.org");
	}

	@Test
	void everyRoleReadsTheBoxAndStrangersDoNot() {
		for (String role : List.of("ADMIN", "CONNECTOR", "POLICYMAKER", "PANEL_ADMIN", "NETWORK_HOLDER")) {
			String account = role.equals("ADMIN") ? api().admin() : api().account(role);
			assertThat(api().get("/api/v1/ideas?q=" + this.theme, account).status()).as(role).isEqualTo(200);
			assertThat(api().get("/api/v1/ideas/" + this.kerk, account).status()).as(role).isEqualTo(200);
			assertThat(api().get("/api/v1/ideas/progress", account).status()).as(role).isEqualTo(200);
		}
		assertThat(api().get("/api/v1/ideas", null).status()).isEqualTo(401);
	}

	@Test
	void filtersCombineAndTakeAKeyOrAWording() {
		String reader = api().account("CONNECTOR");
		String q = "&q=" + this.theme;

		assertThat(ids(api().get("/api/v1/ideas?size=200" + q, reader).json().get("items")))
			.containsExactlyInAnyOrder(this.akker, this.kerk);
		// The value as worded differently (capitals), and as its key.
		assertThat(ids(api().get("/api/v1/ideas?value=" + this.value.toUpperCase(), reader).json().get("items")))
			.containsExactlyInAnyOrder(this.akker, this.gevel, this.kerk);
		assertThat(ids(api().get("/api/v1/ideas?value=" + this.normaliser.key(this.value), reader).json().get("items")))
			.containsExactlyInAnyOrder(this.akker, this.gevel, this.kerk);
		assertThat(ids(api().get("/api/v1/ideas?spearhead=" + this.cultureSpearhead, reader).json().get("items")))
			.containsExactly(this.kerk);
		assertThat(ids(api().get("/api/v1/ideas?status=done" + q, reader).json().get("items")))
			.containsExactly(this.kerk);
		assertThat(ids(api().get("/api/v1/ideas?district=WK079609&value=" + this.value, reader).json().get("items")))
			.containsExactlyInAnyOrder(this.akker, this.gevel);
		// Dutch-aware search: the plural finds the singular ("moestuinen" / "moestuin"), all words must match.
		assertThat(ids(api().get("/api/v1/ideas?q=moestuinen+" + this.theme, reader).json().get("items")))
			.containsExactlyInAnyOrder(this.akker, this.kerk);
		assertThat(ids(api().get("/api/v1/ideas?q=kerk+" + this.theme, reader).json().get("items")))
			.containsExactly(this.kerk);
	}

	@Test
	void pagesCarryTheTotal() {
		String reader = api().account("POLICYMAKER");

		JsonNode second = api().get("/api/v1/ideas?network=" + this.sport + "&size=1&page=1", reader).json();

		assertThat(second.get("total").asLong()).isEqualTo(2);
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("size").asInt()).isEqualTo(1);
		assertThat(ids(second.get("items"))).containsExactly(this.gevel);
		assertThat(api().get("/api/v1/ideas?network=" + this.sport + "&page=5", reader).json().get("items")).isEmpty();
	}

	@Test
	void badParametersAreAllNamed() {
		Answer answer = api().get("/api/v1/ideas?status=SOMEDAY&size=201&page=-1&district=WK000000&q=de+het"
				+ "&network=no-such-network&value=" + "x".repeat(201), api().account("POLICYMAKER"));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.contentType()).isEqualTo("application/problem+json");
		assertThat(fields(answer)).containsExactlyInAnyOrder("status", "size", "page", "district", "q", "network",
				"value");
		assertThat(api().get("/api/v1/ideas?size=abc", api().admin()).status()).isEqualTo(422);
	}

	@Test
	void similarIdeasComeFromOtherNetworksWithTheirInitiatorCount() {
		String reader = api().account("CONNECTOR");

		Answer similar = api().get("/api/v1/ideas/" + this.akker + "/similar", reader);

		assertThat(similar.status()).isEqualTo(200);
		// Earlier tests' cities have alike ideas too (their moestuin), but this city's shares the theme word.
		assertThat(ids(similar.json())).startsWith(this.kerk);
		assertThat(similar.json().valueStream().map(idea -> idea.get("network").get("id").asString()))
			.doesNotContain(this.sport);
		JsonNode kerk = similar.json().get(0);
		assertThat(kerk.get("score").asDouble()).isBetween(0.2, 1.0);
		assertThat(kerk.get("network").get("id").asString()).isEqualTo(this.culture);
		assertThat(kerk.get("initiators").asInt()).isEqualTo(1);
		assertThat(similar.text()).doesNotContain(this.cor, "Cor");
		// The other idea of the sport network shares no word with anything.
		assertThat(api().get("/api/v1/ideas/" + this.gevel + "/similar", reader).json()).isEmpty();

		JsonNode pairs = api().get("/api/v1/ideas/similar-pairs?min=0.1&limit=500", reader).json();
		assertThat(pairs.get("items").valueStream()
			.filter(pair -> pair.get("first").get("id").asString().equals(this.akker)
					|| pair.get("second").get("id").asString().equals(this.akker))
			.map(pair -> pair.get("first").get("id").asString() + pair.get("second").get("id").asString()))
			.startsWith(this.akker.compareTo(this.kerk) < 0 ? this.akker + this.kerk : this.kerk + this.akker);

		assertThat(api().get("/api/v1/ideas/no-such-idea/similar", reader).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/ideas/" + this.akker + "/similar?limit=0", reader).status()).isEqualTo(422);
		Answer bad = api().get("/api/v1/ideas/similar-pairs?min=2&limit=x", reader);
		assertThat(bad.status()).isEqualTo(422);
		assertThat(fields(bad)).containsExactlyInAnyOrder("min", "limit");
	}

	@Test
	void newIdeasAreSimilarAtOnce() {
		String reader = api().account("POLICYMAKER");
		api().get("/api/v1/ideas/" + this.akker + "/similar", reader);
		String other = api().network("YOUTH");
		String holder = api().account("NETWORK_HOLDER", other);
		String late = submit(other, holder, "2024-05-01", List.of("jeugd"),
				spearhead(nonsense(), List.of(), idea(this.theme + " moestuin", null, "PLANNED", List.of())))
			.json().get("spearheads").get(0).get("ideas").get(0).get("id").asString();

		assertThat(ids(api().get("/api/v1/ideas/" + this.akker + "/similar", reader).json())).contains(late, this.kerk);
	}

	private Map<String, Object> change(String status, String on, String note) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status);
		body.put("on", on);
		body.put("note", note);
		return body;
	}

	@Test
	void theHolderMovesAnIdeaAlongAndEveryoneSeesTheHistory() {
		long changes = count("MATCH (c:AnalyticsChange) RETURN count(c)");

		Answer running = api().post("/api/v1/ideas/" + this.gevel + "/status", this.sportHolder,
				change("RUNNING", "2024-03-10", "Eerste tuintjes aangelegd"));

		assertThat(running.status()).as(running.text()).isEqualTo(200);
		assertThat(running.json().get("status").asString()).isEqualTo("RUNNING");
		assertThat(running.json().get("statusChangedOn").asString()).isEqualTo("2024-03-10");
		assertThat(running.json().get("statusNote").asString()).isEqualTo("Eerste tuintjes aangelegd");
		assertThat(count("MATCH (c:AnalyticsChange) RETURN count(c)")).isEqualTo(changes + 1);

		Answer done = api().post("/api/v1/ideas/" + this.gevel + "/status", api().admin(),
				change("DONE", "2024-06-01", null));
		assertThat(done.status()).isEqualTo(200);

		JsonNode idea = api().get("/api/v1/ideas/" + this.gevel, api().account("POLICYMAKER")).json();
		assertThat(idea.get("status").asString()).isEqualTo("DONE");
				JsonNode history = idea.get("history");
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("from").asString()).isEqualTo("PLANNED");
		assertThat(history.get(0).get("to").asString()).isEqualTo("RUNNING");
		assertThat(history.get(0).get("on").asString()).isEqualTo("2024-03-10");
		assertThat(history.get(1).get("to").asString()).isEqualTo("DONE");
		assertThat(idea.toString()).doesNotContain("\"by\"");
		assertThat(count("MATCH (:Idea {id: $id})-[:CHANGED]->(c:StatusChange) RETURN count(c)", "id", this.gevel))
			.isEqualTo(2);
		assertThat(count("MATCH (i:Idea {id: $id, status: 'DONE'}) RETURN count(i)", "id", this.gevel)).isOne();
	}

	@Test
	void forbiddenUnknownFinalBackwardsAndBadDatesChangeNothing() {
		String path = "/api/v1/ideas/" + this.akker + "/status";
		String policymaker = api().account("POLICYMAKER");
		long[] before = graphSize();

		assertThat(api().post(path, this.cultureHolder, change("DONE", "2024-05-01", null)).status()).isEqualTo(403);
		assertThat(api().post(path, policymaker, change("DONE", "2024-05-01", null)).status())
			.isEqualTo(403);
		assertThat(api().post("/api/v1/ideas/no-such-idea/status", api().admin(), change("DONE", "2024-05-01", null))
			.status()).isEqualTo(404);
		// RUNNING cannot go back to PLANNED; DONE (the kerk idea) is final.
		Answer backwards = api().post(path, this.sportHolder, change("PLANNED", "2024-05-01", null));
		assertThat(backwards.status()).isEqualTo(409);
		assertThat(backwards.contentType()).isEqualTo("application/problem+json");
		assertThat(api().post("/api/v1/ideas/" + this.kerk + "/status", this.cultureHolder,
				change("STOPPED", "2024-05-01", null)).status()).isEqualTo(409);
		Answer early = api().post(path, this.sportHolder, change("DONE", "2024-02-28", null));
		assertThat(early.status()).isEqualTo(422);
		assertThat(fields(early)).containsExactly("on");
		assertThat(fields(api().post(path, this.sportHolder, change("DONE", "2999-01-01", null)))).containsExactly("on");
		Answer invalid = api().post(path, this.sportHolder, change(null, null, "x".repeat(501)));
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(fields(invalid)).containsExactlyInAnyOrder("status", "on", "note");
		Answer unknownStatus = api().post(path, this.sportHolder, change("SOMEDAY", "2024-05-01", null));
		assertThat(unknownStatus.status()).isEqualTo(400);
		assertThat(fields(unknownStatus)).containsExactly("status");

		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void progressCountsWhatBecameRealityPerValueAndSpearhead() {
		String reader = api().account("POLICYMAKER");

		JsonNode byValue = api().get("/api/v1/ideas/progress?by=value", reader).json();
		JsonNode bySpearhead = api().get("/api/v1/ideas/progress?by=spearhead", reader).json();

		JsonNode value = row(byValue, this.normaliser.key(this.value));
		assertThat(value.get("label").asString()).isEqualTo(this.value);
		assertThat(value.get("ideas").asInt()).isEqualTo(3);
		assertThat(value.get("planned").asInt()).isEqualTo(1);
		assertThat(value.get("running").asInt()).isEqualTo(1);
		assertThat(value.get("done").asInt()).isEqualTo(1);
		assertThat(value.get("stopped").asInt()).isZero();
		assertThat(value.get("realised").asInt()).isEqualTo(2);
		assertThat(value.get("share").asDouble()).isEqualTo(0.6667);
		JsonNode spearhead = row(bySpearhead, this.normaliser.key(this.sportSpearhead));
		assertThat(spearhead.get("label").asString()).isEqualTo(this.sportSpearhead);
		assertThat(spearhead.get("ideas").asInt()).isEqualTo(2);
		assertThat(spearhead.get("realised").asInt()).isEqualTo(1);
		assertThat(spearhead.get("share").asDouble()).isEqualTo(0.5);
		assertThat(bySpearhead.get("by").asString()).isEqualTo("spearhead");

		Answer bad = api().get("/api/v1/ideas/progress?by=district", reader);
		assertThat(bad.status()).isEqualTo(422);
		assertThat(fields(bad)).containsExactly("by");
	}

	private static JsonNode row(JsonNode progress, String key) {
		return progress.get("items")
			.valueStream()
			.filter(row -> row.get("key").asString().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + key + " in " + progress));
	}

}
