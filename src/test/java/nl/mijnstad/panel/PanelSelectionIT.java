package nl.mijnstad.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Who a consultation reaches: only people with panel consent and within the contact-fatigue limits, in the
 * proportions of the population, the same panel as previewed, once, and never over the limit even when two
 * consultations are sent at the same time.
 */
class PanelSelectionIT extends IntegrationTest {

	private static final String CENTRE = "WK079601";

	private static final String WEST = "WK079611";

	private PanelFixtures fixtures() {
		return new PanelFixtures(api());
	}

	@Test
	void onlyConsentingPeopleWithinTheFatigueLimitsAreSelectedInProportionAndThePreviewIsWhatIsSent() {
		PanelFixtures fx = fixtures();
		String panelAdmin = api().account("PANEL_ADMIN");
		String network = api().network("NEIGHBOURHOOD", CENTRE, WEST);
		List<PanelFixtures.Member> eligible = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			eligible.add(fx.member(network, CENTRE, 1960 + i * 5, true, true));
			eligible.add(fx.member(network, WEST, 1962 + i * 5, true, true));
		}
		PanelFixtures.Member noConsent1 = fx.member(network, CENTRE, 1980, false, true);
		PanelFixtures.Member noConsent2 = fx.member(network, WEST, 1980, false, true);
		PanelFixtures.Member noEmail = fx.member(network, WEST, 1980, true, false);
		PanelFixtures.Member noDistrict = fx.member(network, null, 1980, true, true);
		PanelFixtures.Member invitedLastWeek = fx.member(network, CENTRE, 1980, true, true);
		PanelFixtures.Member invitedTwiceThisQuarter = fx.member(network, WEST, 1980, true, true);
		earlierInvitation(invitedLastWeek.id(), 7);
		earlierInvitation(invitedTwiceThisQuarter.id(), 30);
		earlierInvitation(invitedTwiceThisQuarter.id(), 60);
		String consultation = fx.consultation(panelAdmin, "SCALE", null);
		Map<String, Object> targeting = PanelFixtures.targeting(network, 4, "stratifyBy", List.of("DISTRICT"),
				"filters", Map.of("networks", List.of(network), "districts", List.of(CENTRE, WEST)));

		Answer preview = api().post("/api/v1/consultations/" + consultation + "/selection/preview", panelAdmin,
				targeting);

		assertThat(preview.status()).as(preview.text()).isEqualTo(200);
		JsonNode json = preview.json();
		assertThat(json.get("pool").get("eligible").asLong()).isEqualTo(12);
		assertThat(json.get("pool").get("excluded").get("fatigue").asLong()).isEqualTo(2);
		assertThat(json.get("feasibility").get("feasible").asBoolean()).isTrue();
		List<String> previewed = json.get("selection").findValuesAsString("personId");
		assertThat(previewed).hasSize(4)
			.isSubsetOf(eligible.stream().map(PanelFixtures.Member::id).toList())
			.doesNotContain(noConsent1.id(), noConsent2.id(), noEmail.id(), noDistrict.id(), invitedLastWeek.id(),
					invitedTwiceThisQuarter.id());
		// Centre holds 13,895 and West 23,170 residents: 1.5 and 2.5 of a panel of 4.
		Map<String, JsonNode> strata = new HashMap<>();
		json.get("strata").forEach(row -> strata.put(row.get("value").asString(), row));
		assertThat(strata.get(CENTRE).get("min").asInt()).isEqualTo(1);
		assertThat(strata.get(CENTRE).get("max").asInt()).isEqualTo(2);
		assertThat(strata.get(WEST).get("min").asInt()).isEqualTo(2);
		assertThat(strata.get(WEST).get("max").asInt()).isEqualTo(3);
		for (JsonNode row : strata.values()) {
			assertThat(row.get("selected").asInt()).isBetween(row.get("min").asInt(), row.get("max").asInt());
		}
		// Six eligible in each district and quotas 1-2 and 2-3: two from each is allowed, so maximin can give
		// everyone the same chance, 4/12.
		assertThat(json.get("probabilities").get("min").asDouble()).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-6));
		assertThat(json.get("probabilities").get("mean").asDouble()).isCloseTo(4.0 / 12, org.assertj.core.api.Assertions.within(1e-6));

		Answer sent = api().post("/api/v1/consultations/" + consultation + "/invitations", panelAdmin,
				with(targeting, "expectedDigest", json.get("digest").asString()));
		Answer again = api().post("/api/v1/consultations/" + consultation + "/invitations", panelAdmin, targeting);

		assertThat(sent.status()).as(sent.text()).isEqualTo(201);
		assertThat(strings(sent.json().get("invitedIds"))).containsExactlyElementsOf(previewed);
		assertThat(sent.json().get("delivered").asInt()).isEqualTo(4);
		assertThat(sent.json().get("pending").asLong()).isZero();
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("created").asBoolean()).isFalse();
		assertThat(strings(again.json().get("invitedIds"))).containsExactlyElementsOf(previewed);
		assertThat(count("MATCH (:Consultation {id: $id})-[i:INVITED]->() RETURN count(i)", "id", consultation))
			.isEqualTo(4);
		for (PanelFixtures.Member member : eligible) {
			int mails = Residents.mails(member.email()).size();
			assertThat(mails).isEqualTo(previewed.contains(member.id()) ? 1 : 0);
		}
		assertThat(count("MATCH ()-[i:INVITED]->() WHERE i.pendingToken IS NOT NULL RETURN count(i)")).isZero();
	}

	@Test
	void twoConsultationsSentAtOnceNeverInviteAnyoneTwiceWithinTheMinimumGap() throws Exception {
		PanelFixtures fx = fixtures();
		String panelAdmin = api().account("PANEL_ADMIN");
		String network = api().network("SPORT", CENTRE);
		List<String> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			people.add(fx.member(network, CENTRE, 1990, true, true).id());
		}
		String first = fx.consultation(panelAdmin, "OPEN", null);
		String second = fx.consultation(panelAdmin, "OPEN", null);
		Map<String, Object> everyone = PanelFixtures.targeting(network, 6);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Answer>> sends = new ArrayList<>();
		for (String consultation : List.of(first, second)) {
			Callable<Answer> send = () -> {
				start.await();
				return api().post("/api/v1/consultations/" + consultation + "/invitations", panelAdmin, everyone);
			};
			sends.add(pool.submit(send));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Answer> send : sends) {
			statuses.add(send.get().status());
		}
		pool.shutdown();

		assertThat(statuses).containsOnlyOnce(201);
		assertThat(statuses).anySatisfy(status -> assertThat(status).isIn(409, 422));
		for (String person : people) {
			assertThat(count("MATCH (:Consultation)-[i:INVITED]->(:Person {id: $id}) RETURN count(i)", "id", person))
				.as("invitations of %s", person)
				.isOne();
		}
	}

	@Test
	void aPersonAtTheLimitIsNotInvitedAgainUntilTheWindowAllows() {
		PanelFixtures fx = fixtures();
		String panelAdmin = api().account("PANEL_ADMIN");
		String network = api().network("HOBBY", WEST);
		PanelFixtures.Member twice = fx.member(network, WEST, 1970, true, true);
		PanelFixtures.Member once = fx.member(network, WEST, 1970, true, true);
		PanelFixtures.Member longAgo = fx.member(network, WEST, 1970, true, true);
		earlierInvitation(twice.id(), 20);
		earlierInvitation(twice.id(), 40);
		earlierInvitation(once.id(), 20);
		earlierInvitation(longAgo.id(), 100);
		earlierInvitation(longAgo.id(), 120);
		String consultation = fx.consultation(panelAdmin, "OPEN", null);

		Answer preview = api().post("/api/v1/consultations/" + consultation + "/selection/preview", panelAdmin,
				PanelFixtures.targeting(network, 2));

		assertThat(strings(preview.json().get("selection").findValues("personId")))
			.containsExactlyInAnyOrder(once.id(), longAgo.id());
		assertThat(preview.json().get("pool").get("excluded").get("fatigue").asLong()).isEqualTo(1);
		Answer tooMany = api().post("/api/v1/consultations/" + consultation + "/invitations", panelAdmin,
				PanelFixtures.targeting(network, 3));
		assertThat(tooMany.status()).isEqualTo(422);
		assertThat(count("MATCH (:Consultation {id: $id})-[i:INVITED]->() RETURN count(i)", "id", consultation)).isZero();
	}

	@Test
	void infeasibleQuotasShowTheSmallestRelaxationAndSendNothing() {
		PanelFixtures fx = fixtures();
		String panelAdmin = api().account("PANEL_ADMIN");
		String network = api().network("CULTURE", CENTRE, WEST);
		for (int i = 0; i < 3; i++) {
			fx.member(network, CENTRE, 1985, true, true);
		}
		fx.member(network, WEST, 1985, true, true);
		String consultation = fx.consultation(panelAdmin, "OPEN", null);
		Map<String, Object> targeting = PanelFixtures.targeting(network, 3, "quotas",
				List.of(Map.of("category", "DISTRICT", "value", WEST, "min", 2, "max", 3)));
		long[] before = graphSize();

		Answer preview = api().post("/api/v1/consultations/" + consultation + "/selection/preview", panelAdmin,
				targeting);
		Answer send = api().post("/api/v1/consultations/" + consultation + "/invitations", panelAdmin, targeting);

		assertThat(preview.status()).isEqualTo(200);
		JsonNode feasibility = preview.json().get("feasibility");
		assertThat(feasibility.get("feasible").asBoolean()).isFalse();
		assertThat(feasibility.get("widening").asInt()).isEqualTo(1);
		assertThat(feasibility.get("relaxations").get(0).get("relaxedMin").asInt()).isEqualTo(1);
		assertThat(preview.json().get("selection")).isEmpty();
		assertThat(send.status()).isEqualTo(422);
		assertThat(send.json().get("errors").get(0).get("field").asString()).isEqualTo("quotas");
		assertThat(graphSize()[1]).isEqualTo(before[1]);
	}

	@Test
	void onlyPanelAdminsAndAdminsReachThePanelAndBadInputNamesEveryField() {
		PanelFixtures fx = fixtures();
		String panelAdmin = api().account("PANEL_ADMIN");
		String consultation = fx.consultation(panelAdmin, "SINGLE_CHOICE", List.of("ja", "nee"));
		for (String role : List.of("POLICYMAKER", "NETWORK_HOLDER", "CONNECTOR")) {
			String other = api().account(role);
			assertThat(api().get("/api/v1/consultations/" + consultation, other).status()).isEqualTo(403);
			assertThat(api().post("/api/v1/consultations/" + consultation + "/selection/preview", other,
					Map.of("size", 1)).status()).isEqualTo(403);
		}
		assertThat(api().get("/api/v1/consultations/" + consultation, null).status()).isEqualTo(401);
		assertThat(api().get("/api/v1/consultations/" + consultation, api().admin()).status()).isEqualTo(200);
		long[] before = graphSize();

		Answer blankTitle = api().post("/api/v1/consultations", panelAdmin,
				Map.of("title", "", "question", "", "type", "OPEN", "closesAt", "2030-01-01T00:00:00Z"));
		Answer badConsultation = api().post("/api/v1/consultations", panelAdmin,
				Map.of("title", "Bomen", "question", "Vraag?", "type", "SINGLE_CHOICE", "options", List.of("ja"),
						"closesAt", "2020-01-01T00:00:00Z"));
		Answer badTargeting = api().post("/api/v1/consultations/" + consultation + "/selection/preview", panelAdmin,
				Map.of("size", 3, "filters", Map.of("districts", List.of("WK999999"), "networks", List.of("nope")),
						"quotas", List.of(Map.of("category", "AGE_BAND", "value", "12-13", "min", 2, "max", 1))));
		Answer badType = api().post("/api/v1/consultations/" + consultation + "/selection/preview", panelAdmin,
				Map.of("size", 3, "method", "LOTTERY"));
		Answer unknown = api().post("/api/v1/consultations/no-such/selection/preview", panelAdmin, Map.of("size", 3));
		Answer unknownPerson = api().post("/api/v1/people/no-such/consents", panelAdmin,
				Map.of("purpose", "PANEL", "given", true));

		assertThat(badConsultation.status()).isEqualTo(422);
		assertThat(badConsultation.json().findValuesAsString("field")).contains("options", "closesAt");
		assertThat(blankTitle.status()).isEqualTo(422);
		assertThat(blankTitle.json().findValuesAsString("field")).contains("title", "question");
		assertThat(badTargeting.status()).isEqualTo(422);
		assertThat(badTargeting.json().findValuesAsString("field")).contains("filters.districts[0]",
				"filters.networks", "quotas[0].value", "quotas[0].max");
		assertThat(badType.status()).isEqualTo(400);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknownPerson.status()).isEqualTo(404);
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void legacyAndMaximinBothMeetTheQuotasAndMaximinIsAtLeastAsFair() {
		PanelFixtures fx = fixtures();
		String panelAdmin = api().account("PANEL_ADMIN");
		String network = api().network("FAITH", CENTRE, WEST);
		for (int i = 0; i < 2; i++) {
			fx.member(network, CENTRE, 1950, true, true);
		}
		for (int i = 0; i < 8; i++) {
			fx.member(network, WEST, i < 2 ? 1950 : 2000, true, true);
		}
		String consultation = fx.consultation(panelAdmin, "OPEN", null);
		Map<String, Object> quotas = Map.of("quotas",
				List.of(Map.of("category", "DISTRICT", "value", CENTRE, "min", 1, "max", 1),
						Map.of("category", "AGE_BAND", "value", "65+", "min", 2, "max", 2)));
		Map<String, Double> minimum = new HashMap<>();
		for (String method : List.of("LEGACY", "MAXIMIN")) {
			Map<String, Object> targeting = PanelFixtures.targeting(network, 3, "method", method, "quotas",
					quotas.get("quotas"));
			Answer preview = api().post("/api/v1/consultations/" + consultation + "/selection/preview", panelAdmin,
					targeting);
			assertThat(preview.status()).as(preview.text()).isEqualTo(200);
			for (JsonNode row : preview.json().get("strata")) {
				assertThat(row.get("selected").asInt()).isBetween(row.get("min").asInt(), row.get("max").asInt());
			}
			minimum.put(method, preview.json().get("probabilities").get("min").asDouble());
		}
		assertThat(minimum.get("MAXIMIN")).isGreaterThanOrEqualTo(minimum.get("LEGACY") - 0.03);
	}

	@Test
	void consentWithdrawnThroughTheApiTakesEffectAtOnceAndGivingItAgainKeepsTheHistory() {
		PanelFixtures fx = fixtures();
		String panelAdmin = api().account("PANEL_ADMIN");
		String network = api().network("BUSINESS", CENTRE);
		PanelFixtures.Member member = fx.member(network, CENTRE, 1975, true, true);
		String consultation = fx.consultation(panelAdmin, "OPEN", null);
		String path = "/api/v1/people/" + member.id() + "/consents";

		Answer withdrawn = api().post(path, panelAdmin, Map.of("purpose", "PANEL", "given", false));
		Answer previewWithout = api().post("/api/v1/consultations/" + consultation + "/selection/preview",
				panelAdmin, PanelFixtures.targeting(network, 1));
		Answer given = api().post(path, panelAdmin, Map.of("purpose", "PANEL", "given", true));
		Answer givenTwice = api().post(path, panelAdmin, Map.of("purpose", "PANEL", "given", true));
		Answer previewWith = api().post("/api/v1/consultations/" + consultation + "/selection/preview", panelAdmin,
				PanelFixtures.targeting(network, 1));
		Answer badPurpose = api().post(path, panelAdmin, Map.of("purpose", "MARKETING", "given", true));
		Answer byHolder = api().post(path, api().account("NETWORK_HOLDER"), Map.of("purpose", "PANEL", "given", false));

		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.json().get("panel").asBoolean()).isFalse();
		assertThat(previewWithout.json().get("pool").get("eligible").asLong()).isZero();
		assertThat(previewWithout.json().get("feasibility").get("feasible").asBoolean()).isFalse();
		assertThat(given.json().get("panel").asBoolean()).isTrue();
		assertThat(givenTwice.status()).isEqualTo(200);
		assertThat(strings(previewWith.json().get("selection").findValues("personId"))).containsExactly(member.id());
		assertThat(count("MATCH (:Person {id: $id})-[:GAVE]->(c:Consent {purpose: 'PANEL'}) RETURN count(c)", "id",
				member.id())).isEqualTo(2);
		assertThat(count("""
				MATCH (:Person {id: $id})-[:GAVE]->(c:Consent {purpose: 'PANEL'})
				WHERE c.withdrawnAt IS NOT NULL RETURN count(c)""", "id", member.id())).isOne();
		assertThat(badPurpose.status()).isEqualTo(400);
		assertThat(byHolder.status()).isEqualTo(403);
	}

	private void earlierInvitation(String personId, int daysAgo) {
		try (var session = this.driver.session()) {
			session.run("""
					MATCH (p:Person {id: $id})
					CREATE (:Consultation {id: randomUUID(), title: 'Eerder', question: '?', type: 'OPEN', options: [],
					                       status: 'SENT', opensAt: datetime() - duration({days: $days}),
					                       closesAt: datetime() - duration({days: $days - 7})})
					       -[:INVITED {at: datetime() - duration({days: $days}), tokenHash: randomUUID()}]->(p)""",
					org.neo4j.driver.Values.parameters("id", personId, "days", daysAgo)).consume();
		}
	}

	private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(map);
		copy.put(key, value);
		return copy;
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach(node -> strings.add(node.asString()));
		return strings;
	}

	private static List<String> strings(List<JsonNode> nodes) {
		return nodes.stream().map(JsonNode::asString).toList();
	}

}
