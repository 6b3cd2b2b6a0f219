package nl.mijnstad.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Admins merge values and spearheads: every gathering's link moves with its wording, a gathering that had
 * both keeps one, the merge is logged, and the merged-away key resolves to its target. Built on nonsense
 * words of each test's own, through the submission API.
 */
class VocabularyApiIT extends IntegrationTest {

	private static final Random RANDOM = new Random();

	@Autowired
	Normaliser normaliser;

	@Autowired
	Vocabulary vocabulary;

	private String sport;

	private String culture;

	private String sportHolder;

	private String cultureHolder;

	static String nonsense() {
		String consonants = "bdfgklmnprstvz";
		String vowels = "aiou";
		StringBuilder word = new StringBuilder("x");
		for (int i = 0; i < 4; i++) {
			word.append(vowels.charAt(RANDOM.nextInt(vowels.length())));
			word.append(consonants.charAt(RANDOM.nextInt(consonants.length())));
		}
		return word.toString();
	}

	@BeforeEach
	void networks() {
		this.sport = api().network("SPORT", "WK079602");
		this.culture = api().network("CULTURE", "WK079603");
		this.sportHolder = api().account("NETWORK_HOLDER", this.sport);
		this.cultureHolder = api().account("NETWORK_HOLDER", this.culture);
	}

	private Answer submit(String network, String holder, List<String> values, List<Map<String, Object>> spearheads) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("heldOn", "2024-02-02");
		body.put("participants", 8);
		body.put("values", values);
		body.put("spearheads", spearheads);
		Answer answer = api().post("/api/v1/networks/" + network + "/gatherings", holder, body);
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer;
	}

	private static Map<String, Object> spearhead(String title, List<String> values, String... ideas) {
		Map<String, Object> spearhead = new LinkedHashMap<>();
		spearhead.put("title", title);
		spearhead.put("explanation", "Waarom " + title);
		spearhead.put("values", values);
		spearhead.put("ideas", List.of(ideas).stream().map(idea -> Map.of("title", idea)).toList());
		return spearhead;
	}

	private String key(String wording) {
		return this.normaliser.key(wording);
	}

	private static List<String> fields(Answer answer) {
		List<String> fields = new ArrayList<>();
		answer.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

	@Test
	void mergingValuesMovesEveryLinkWithItsWordingAndLeavesAnAlias() {
		String from = nonsense();
		String into = nonsense();
		String other = nonsense();
		String spearheadA = nonsense();
		String spearheadB = nonsense();
		// The sport gathering holds only the source; the culture gathering holds both, the target first.
		String g1 = submit(this.sport, this.sportHolder, List.of(other, from.toUpperCase() + "!"),
				List.of(spearhead(spearheadA, List.of(from, other)))).id();
		String g2 = submit(this.culture, this.cultureHolder, List.of(into, from),
				List.of(spearhead(spearheadB, List.of(from, into), "Idee " + nonsense()))).id();
		long changes = count("MATCH (c:AnalyticsChange) RETURN count(c)");

		Answer merged = api().post("/api/v1/vocabulary/values/" + key(from) + "/merge-into/" + key(into), api().admin(),
				Map.of());

		assertThat(merged.status()).as(merged.text()).isEqualTo(200);
		assertThat(merged.json().get("kind").asString()).isEqualTo("VALUE");
		assertThat(merged.json().get("from").asString()).isEqualTo(key(from));
		assertThat(merged.json().get("fromLabel").asString()).isEqualTo(from.toUpperCase() + "!");
		assertThat(merged.json().get("into").asString()).isEqualTo(key(into));
		assertThat(merged.json().get("moved").asInt()).isEqualTo(2);
		assertThat(merged.json().get("collapsed").asInt()).isEqualTo(1);
		assertThat(merged.json().get("by").asString()).isEqualTo("admin");

		assertThat(count("MATCH (v:Value {key: $k}) RETURN count(v)", "k", key(from))).isZero();
		assertThat(count("MATCH (:ValueAlias {key: $k})-[:ALIAS_OF]->(:Value {key: $t}) RETURN count(*)", "k",
				key(from), "t", key(into))).isOne();
		// The moved link keeps its wording and position.
		assertThat(count("MATCH (:Gathering {id: $g})-[h:HOLDS {wording: $w, position: 1}]->(:Value {key: $t}) "
				+ "RETURN count(h)", "g", g1, "w", from.toUpperCase() + "!", "t", key(into))).isOne();
		// The gathering that had both keeps the link it listed first, and the other wording beside it.
		assertThat(count("MATCH (:Gathering {id: $g})-[h:HOLDS]->(:Value {key: $t}) "
				+ "WHERE h.wording = $kept AND h.position = 0 AND h.alsoWorded = [$dropped] RETURN count(h)", "g", g2,
				"t", key(into), "kept", into, "dropped", from)).isOne();
		assertThat(count("MATCH (:Gathering {id: $g})-[h:HOLDS]->() RETURN count(h)", "g", g2)).isOne();
		// Spearheads' value lists name the target, once.
		assertThat(count("MATCH (:Gathering {id: $g})-[p:PRIORITISES]->() WHERE p.values = [$t, $o] RETURN count(p)",
				"g", g1, "t", key(into), "o", key(other))).isOne();
		assertThat(count("MATCH (:Gathering {id: $g})-[p:PRIORITISES]->() WHERE p.values = [$t] RETURN count(p)",
				"g", g2, "t", key(into))).isOne();
		assertThat(count("MATCH (:Spearhead {key: $s})-[r:SERVES]->(:Value {key: $t}) RETURN count(r)", "s",
				key(spearheadB), "t", key(into))).isOne();
		assertThat(count("MATCH (:Spearhead {key: $s})-[r:SERVES]->(:Value {key: $t}) RETURN count(r)", "s",
				key(spearheadA), "t", key(into))).isOne();
		assertThat(count("MATCH (m:VocabularyMerge {from: $k, into: $t, kind: 'VALUE'}) RETURN count(m)", "k",
				key(from), "t", key(into))).isOne();
		assertThat(count("MATCH (c:AnalyticsChange) RETURN count(c)")).isEqualTo(changes + 1);

		// The old key, or a wording of it, now finds the target's ideas, and resolves for new submissions.
		JsonNode ideas = api().get("/api/v1/ideas?value=" + from.toUpperCase(), api().account("POLICYMAKER")).json();
		assertThat(ideas.get("total").asInt()).isEqualTo(1);
		assertThat(this.vocabulary.resolveValueKeys(List.of(key(from), key(other))))
			.isEqualTo(Map.of(key(from), key(into), key(other), key(other)));
		assertThat(this.vocabulary.keys().value(from + " ")).isEqualTo(key(into));
		assertThat(this.vocabulary.resolve(VocabularyKind.VALUE, key(into))).isEqualTo(key(into));
	}

	@Test
	void mergingSpearheadsMovesRankingsIdeasAndServedValues() {
		String value = nonsense();
		String from = nonsense();
		String into = nonsense();
		// The sport gathering ranks the source first and the target second; culture lists the source only.
		String g1 = submit(this.sport, this.sportHolder, List.of(value),
				List.of(spearhead(from, List.of(value), "Idee " + nonsense()), spearhead(into, List.of()))).id();
		String g2 = submit(this.culture, this.cultureHolder, List.of(value),
				List.of(spearhead(from, List.of(value), "Idee " + nonsense(), "Idee " + nonsense()))).id();

		Answer merged = api().post("/api/v1/vocabulary/spearheads/" + key(from) + "/merge-into/" + into.toUpperCase(),
				api().admin(), Map.of());

		assertThat(merged.status()).as(merged.text()).isEqualTo(200);
		assertThat(merged.json().get("kind").asString()).isEqualTo("SPEARHEAD");
		assertThat(merged.json().get("moved").asInt()).isEqualTo(2);
		assertThat(merged.json().get("collapsed").asInt()).isEqualTo(1);
		assertThat(merged.json().get("ideas").asInt()).isEqualTo(3);
		assertThat(count("MATCH (s:Spearhead {key: $k}) RETURN count(s)", "k", key(from))).isZero();
		// The sport gathering keeps its rank-1 link, now to the target, with both wordings and the union of values.
		assertThat(count("MATCH (:Gathering {id: $g})-[p:PRIORITISES]->(:Spearhead {key: $t}) "
				+ "WHERE p.rank = 1 AND p.wording = $w AND p.alsoWorded = [$other] AND p.values = [$v] "
				+ "RETURN count(p)", "g", g1, "t", key(into), "w", from, "other", into, "v", key(value))).isOne();
		assertThat(count("MATCH (:Gathering {id: $g})-[p:PRIORITISES]->() RETURN count(p)", "g", g1)).isOne();
		assertThat(count("MATCH (:Gathering {id: $g})-[p:PRIORITISES {rank: 1, wording: $w}]->(:Spearhead {key: $t}) "
				+ "RETURN count(p)", "g", g2, "w", from, "t", key(into))).isOne();
		assertThat(count("MATCH (g:Gathering)-[:PROPOSED]->(i:Idea)-[:FOR]->(:Spearhead {key: $t}) "
				+ "WHERE g.id IN [$g1, $g2] RETURN count(i)", "t", key(into), "g1", g1, "g2", g2)).isEqualTo(3);
		assertThat(count("MATCH (:Spearhead {key: $t})-[r:SERVES]->(:Value {key: $v}) RETURN count(r)", "t", key(into),
				"v", key(value))).isOne();
		assertThat(count("MATCH (:SpearheadAlias {key: $k})-[:ALIAS_OF]->(:Spearhead {key: $t}) RETURN count(*)", "k",
				key(from), "t", key(into))).isOne();
		assertThat(this.vocabulary.resolveSpearheadKeys(List.of(key(from)))).containsEntry(key(from), key(into));
		assertThat(this.vocabulary.keys().spearhead(from)).isEqualTo(key(into));
	}

	@Test
	void aKeyMergedAgainKeepsAliasesFlat() {
		String a = nonsense();
		String b = nonsense();
		String c = nonsense();
		submit(this.sport, this.sportHolder, List.of(a, b, c), List.of(spearhead(nonsense(), List.of())));

		assertThat(api().post("/api/v1/vocabulary/values/" + key(a) + "/merge-into/" + key(b), api().admin(), Map.of())
			.status()).isEqualTo(200);
		assertThat(api().post("/api/v1/vocabulary/values/" + key(b) + "/merge-into/" + key(c), api().admin(), Map.of())
			.status()).isEqualTo(200);
		// Merging into a merged-away key lands on where it went.
		String d = nonsense();
		submit(this.culture, this.cultureHolder, List.of(d), List.of(spearhead(nonsense(), List.of())));
		Answer intoAlias = api().post("/api/v1/vocabulary/values/" + key(d) + "/merge-into/" + key(a), api().admin(),
				Map.of());
		assertThat(intoAlias.json().get("into").asString()).isEqualTo(key(c));

		assertThat(this.vocabulary.resolveValueKeys(List.of(key(a), key(b), key(d))))
			.isEqualTo(Map.of(key(a), key(c), key(b), key(c), key(d), key(c)));
		assertThat(count("MATCH (:Gathering)-[h:HOLDS]->(:Value {key: $c}) RETURN count(h)", "c", key(c))).isEqualTo(2);
	}

	/** The submission's one write statement resolves merge aliases, so later wordings land on the target. */
	@Test
	void laterSubmissionsOfAMergedAwayWordingLandOnTheTarget() {
		String from = nonsense();
		String into = nonsense();
		String spearheadFrom = nonsense();
		String spearheadInto = nonsense();
		submit(this.sport, this.sportHolder, List.of(from, into),
				List.of(spearhead(spearheadFrom, List.of()), spearhead(spearheadInto, List.of())));
		assertThat(api().post("/api/v1/vocabulary/values/" + key(from) + "/merge-into/" + key(into), api().admin(),
				Map.of()).status()).isEqualTo(200);
		assertThat(api().post("/api/v1/vocabulary/spearheads/" + key(spearheadFrom) + "/merge-into/"
				+ key(spearheadInto), api().admin(), Map.of()).status()).isEqualTo(200);

		JsonNode later = submit(this.culture, this.cultureHolder, List.of(from.toUpperCase()),
				List.of(spearhead(spearheadFrom, List.of(from), "Idee " + nonsense()))).json();

		assertThat(later.get("values").get(0).get("key").asString()).isEqualTo(key(into));
		assertThat(later.get("values").get(0).get("wording").asString()).isEqualTo(from.toUpperCase());
		assertThat(later.get("spearheads").get(0).get("key").asString()).isEqualTo(key(spearheadInto));
		assertThat(later.get("spearheads").get(0).get("values").get(0).asString()).isEqualTo(key(into));
		assertThat(count("MATCH (v:Value {key: $k}) RETURN count(v)", "k", key(from))).isZero();
		assertThat(count("MATCH (s:Spearhead {key: $k}) RETURN count(s)", "k", key(spearheadFrom))).isZero();
	}

	@Test
	void unknownKeysSelfMergesAndOtherRolesChangeNothing() {
		String a = nonsense();
		submit(this.sport, this.sportHolder, List.of(a), List.of(spearhead(nonsense(), List.of())));
		String policymaker = api().account("POLICYMAKER");
		long[] before = graphSize();

		Answer unknown = api().post("/api/v1/vocabulary/values/" + key(a) + "/merge-into/" + nonsense(), api().admin(),
				Map.of());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).isEqualTo("application/problem+json");
		assertThat(api().post("/api/v1/vocabulary/spearheads/" + nonsense() + "/merge-into/" + key(a), api().admin(),
				Map.of()).status()).isEqualTo(404);
		Answer self = api().post("/api/v1/vocabulary/values/" + key(a) + "/merge-into/" + a.toUpperCase(),
				api().admin(), Map.of());
		assertThat(self.status()).isEqualTo(422);
		assertThat(fields(self)).containsExactly("other");
		assertThat(api().post("/api/v1/vocabulary/values/" + key(a) + "/merge-into/x", policymaker, Map.of()).status())
			.isEqualTo(403);
		assertThat(api().post("/api/v1/vocabulary/values/" + key(a) + "/merge-into/x", this.sportHolder, Map.of())
			.status()).isEqualTo(403);

		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void theMergeLogIsForAdminsAndPolicymakersWithoutWhoMerged() {
		String a = nonsense();
		String b = nonsense();
		submit(this.sport, this.sportHolder, List.of(a, b), List.of(spearhead(nonsense(), List.of())));
		String id = api().post("/api/v1/vocabulary/values/" + key(a) + "/merge-into/" + key(b), api().admin(), Map.of())
			.id();

		JsonNode forAdmin = api().get("/api/v1/vocabulary/merges", api().admin()).json();
		JsonNode forPolicymaker = api().get("/api/v1/vocabulary/merges", api().account("POLICYMAKER")).json();

		assertThat(forAdmin.get(0).get("id").asString()).isEqualTo(id);
		assertThat(forAdmin.get(0).get("by").asString()).isEqualTo("admin");
		assertThat(forPolicymaker.get(0).get("id").asString()).isEqualTo(id);
		assertThat(forPolicymaker.get(0).has("by")).isFalse();
		assertThat(api().get("/api/v1/vocabulary/merges", api().account("CONNECTOR")).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/vocabulary/merges?limit=0", api().admin()).status()).isEqualTo(422);
	}

	@Test
	void adminsSeeLikelyDuplicatesWithTheirGatherings() {
		String stem = nonsense();
		String typo = stem + "ak";
		String other = stem + "ok";
		submit(this.sport, this.sportHolder, List.of(typo), List.of(spearhead(typo, List.of())));
		submit(this.culture, this.cultureHolder, List.of(other), List.of(spearhead(other, List.of())));

		for (String kind : List.of("values", "spearheads")) {
			Answer answer = api().get("/api/v1/vocabulary/" + kind + "/suggestions?limit=1000", api().admin());
			assertThat(answer.status()).isEqualTo(200);
			JsonNode pair = answer.json()
				.get("items")
				.valueStream()
				.filter(item -> item.get("first").get("key").asString().startsWith(key(stem).substring(0, 5))
						&& item.get("second").get("key").asString().startsWith(key(stem).substring(0, 5)))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No suggestion for " + typo + " in " + answer.text()));
			assertThat(List.of(pair.get("first").get("key").asString(), pair.get("second").get("key").asString()))
				.containsExactlyInAnyOrder(key(typo), key(other));
			assertThat(pair.get("first").get("gatherings").asInt()).isOne();
			assertThat(pair.get("second").get("gatherings").asInt()).isOne();
			assertThat(pair.get("reason").asString()).isEqualTo("TYPING_ERROR");
		}
		assertThat(api().get("/api/v1/vocabulary/values/suggestions", api().account("POLICYMAKER")).status())
			.isEqualTo(403);
	}

}
