package nl.mijnstad.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Residents answer through the link in their e-mail, change their answer, or opt out with one click; answers are
 * kept apart from the person, and results hide groups smaller than k.
 */
class PanelResponsesIT extends IntegrationTest {

	private static final String CENTRE = "WK079601";

	private static final String WEST = "WK079611";

	private static final String NOORD = "WK079609";

	@Test
	void aResidentAnswersThroughTheLinkInTheirMailAndMayChangeTheAnswer() {
		PanelFixtures fx = new PanelFixtures(api());
		String panelAdmin = api().account("PANEL_ADMIN");
		String network = api().network("CARNIVAL", CENTRE);
		PanelFixtures.Member resident = fx.member(network, CENTRE, 1970, true, true);
		String consultation = fx.consultation(panelAdmin, "SINGLE_CHOICE", List.of("Meer bomen", "Meer bankjes"));
		assertThat(api().post("/api/v1/consultations/" + consultation + "/invitations", panelAdmin,
				PanelFixtures.targeting(network, 1)).status()).isEqualTo(201);

		List<String> mails = Residents.mails(resident.email());
		assertThat(mails).hasSize(1);
		String mail = mails.get(0);
		assertThat(mail).contains("Burgerpanel: Raadpleging", "Wat vindt u van meer groen in de wijk?", "Meld u af");
		assertThat(Residents.ANSWER_LINK.matcher(mail).find()).isTrue();
		assertThat(Residents.OPT_OUT_LINK.matcher(mail).find()).isTrue();
		String token = Residents.token(resident.email());
		Residents.Browser browser = new Residents.Browser(this.port);

		HttpResponse<String> page = browser.get("/r/" + token);
		HttpResponse<String> withoutCsrf = browser.post("/r/" + token, "answer=Meer+bomen");
		HttpResponse<String> wrongChoice = browser.submit("/r/" + token, "answer", "Meer parkeerplaatsen");
		HttpResponse<String> first = browser.submit("/r/" + token, "answer", "Meer bomen");
		HttpResponse<String> second = browser.submit("/r/" + token, "answer", "Meer bankjes");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("lang=\"nl\"", "Wat vindt u van meer groen in de wijk?", "Meer bomen");
		assertThat(withoutCsrf.statusCode()).isEqualTo(403);
		assertThat(wrongChoice.statusCode()).isEqualTo(422);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("Bedankt");
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(count("MATCH (r:Response)-[:TO]->(:Consultation {id: $id}) RETURN count(r)", "id", consultation))
			.isOne();
		assertThat(count("MATCH (r:Response {answer: 'Meer bankjes'})-[:TO]->(:Consultation {id: $id}) RETURN count(r)",
				"id", consultation)).isOne();
		// The response is linked to nothing but its consultation, and holds no personal data.
		assertThat(count("""
				MATCH (r:Response)-[:TO]->(:Consultation {id: $id})
				MATCH (r)-[x]-(n) WHERE NOT n:Consultation RETURN count(x)""", "id", consultation)).isZero();
		assertThat(count("""
				MATCH (r:Response)-[:TO]->(:Consultation {id: $id})
				RETURN size([k IN keys(r) WHERE NOT k IN ['id', 'key', 'answer', 'at', 'district', 'ageBand']])""",
				"id", consultation)).isZero();
		assertThat(browser.get("/r/" + token.substring(1) + "x").statusCode()).isEqualTo(404);
		assertThat(browser.get("/r/not-a-token").statusCode()).isEqualTo(404);
	}

	@Test
	void anOptOutStopsTheNextInvitation() {
		PanelFixtures fx = new PanelFixtures(api());
		String panelAdmin = api().account("PANEL_ADMIN");
		String network = api().network("YOUTH", WEST);
		PanelFixtures.Member leaving = fx.member(network, WEST, 2001, true, true);
		PanelFixtures.Member staying = fx.member(network, WEST, 2002, true, true);
		String first = fx.consultation(panelAdmin, "OPEN", null);
		api().post("/api/v1/consultations/" + first + "/invitations", panelAdmin, PanelFixtures.targeting(network, 2));
		Residents.Browser browser = new Residents.Browser(this.port);
		String token = Residents.token(leaving.email());

		HttpResponse<String> optOutPage = browser.get("/o/" + token);
		HttpResponse<String> optedOut = browser.submit("/o/" + token);

		assertThat(optOutPage.statusCode()).isEqualTo(200);
		assertThat(optedOut.statusCode()).isEqualTo(200);
		assertThat(optedOut.body()).contains("afgemeld");
		assertThat(count("""
				MATCH (:Person {id: $id})-[:GAVE]->(c:Consent {purpose: 'PANEL'})
				WHERE c.withdrawnAt IS NULL RETURN count(c)""", "id", leaving.id())).isZero();
		// A month passes: the minimum gap no longer holds anyone back, only the opt-out does.
		try (var session = this.driver.session()) {
			session.run("MATCH (:Consultation {id: $id})-[i:INVITED]->() SET i.at = i.at - duration({days: 30})",
					org.neo4j.driver.Values.parameters("id", first)).consume();
		}
		String next = fx.consultation(panelAdmin, "OPEN", null);
		Answer sent = api().post("/api/v1/consultations/" + next + "/invitations", panelAdmin,
				PanelFixtures.targeting(network, 1));
		Answer tooMany = api().post("/api/v1/consultations/" + fx.consultation(panelAdmin, "OPEN", null)
				+ "/invitations", panelAdmin, PanelFixtures.targeting(network, 2));

		assertThat(sent.status()).isEqualTo(201);
		assertThat(sent.json().get("invitedIds").get(0).asString()).isEqualTo(staying.id());
		assertThat(Residents.mails(leaving.email())).hasSize(1);
		assertThat(Residents.mails(staying.email())).hasSize(2);
		assertThat(tooMany.status()).isEqualTo(422);
	}

	@Test
	void invitationsThatCouldNotBeMailedWaitInTheOutboxUntilDelivered() {
		PanelFixtures fx = new PanelFixtures(api());
		String panelAdmin = api().account("PANEL_ADMIN");
		String network = api().network("EDUCATION", NOORD);
		PanelFixtures.Member resident = fx.member(network, NOORD, 1999, true, true);
		String consultation = fx.consultation(panelAdmin, "OPEN", null);
		api().post("/api/v1/consultations/" + consultation + "/invitations", panelAdmin,
				PanelFixtures.targeting(network, 1));
		// As if the mail server had been down during the send: the invitation still carries its token.
		String token = Residents.token(resident.email());
		try (var session = this.driver.session()) {
			session.run("MATCH (:Consultation {id: $id})-[i:INVITED]->() SET i.pendingToken = $token REMOVE i.mailedAt",
					org.neo4j.driver.Values.parameters("id", consultation, "token", token)).consume();
		}

		Answer delivery = api().post("/api/v1/panel/outbox/delivery", panelAdmin, "");
		Answer byPolicymaker = api().post("/api/v1/panel/outbox/delivery", api().account("POLICYMAKER"), "");

		assertThat(delivery.status()).isEqualTo(200);
		assertThat(delivery.json().get("delivered").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(delivery.json().get("pending").asLong()).isZero();
		assertThat(Residents.mails(resident.email())).hasSize(2);
		assertThat(count("MATCH (:Consultation {id: $id})-[i:INVITED]->() WHERE i.pendingToken IS NULL AND i.mailedAt IS NOT NULL RETURN count(i)",
				"id", consultation)).isOne();
		assertThat(byPolicymaker.status()).isEqualTo(403);
	}

	@Test
	void noAnswerIsTakenAfterClosing() {
		PanelFixtures fx = new PanelFixtures(api());
		String panelAdmin = api().account("PANEL_ADMIN");
		String network = api().network("CARE", NOORD);
		PanelFixtures.Member resident = fx.member(network, NOORD, 1950, true, true);
		String consultation = fx.consultation(panelAdmin, "SCALE", null);
		api().post("/api/v1/consultations/" + consultation + "/invitations", panelAdmin,
				PanelFixtures.targeting(network, 1));
		try (var session = this.driver.session()) {
			session.run("MATCH (c:Consultation {id: $id}) SET c.closesAt = datetime() - duration({hours: 1})",
					org.neo4j.driver.Values.parameters("id", consultation)).consume();
		}

		HttpResponse<String> late = new Residents.Browser(this.port).submit("/r/" + Residents.token(resident.email()),
				"answer", "3");

		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(late.body()).contains("gesloten");
		assertThat(count("MATCH (r:Response)-[:TO]->(:Consultation {id: $id}) RETURN count(r)", "id", consultation))
			.isZero();
	}

	@Test
	void resultsCountAnswersAndHideGroupsSmallerThanK() {
		PanelFixtures fx = new PanelFixtures(api());
		String panelAdmin = api().account("PANEL_ADMIN");
		String network = api().network("ENVIRONMENT", CENTRE, WEST, NOORD);
		List<PanelFixtures.Member> members = new ArrayList<>();
		Map<String, String> districtOf = new HashMap<>();
		for (int i = 0; i < 13; i++) {
			String district = i < 6 ? CENTRE : i < 11 ? WEST : NOORD;
			PanelFixtures.Member member = fx.member(network, district, 1980, true, true);
			members.add(member);
			districtOf.put(member.id(), district);
		}
		String consultation = fx.consultation(panelAdmin, "SCALE", null);
		api().post("/api/v1/consultations/" + consultation + "/invitations", panelAdmin,
				PanelFixtures.targeting(network, 13));
		Residents.Browser browser = new Residents.Browser(this.port);

		for (int i = 0; i < 4; i++) {
			browser.submit("/r/" + Residents.token(members.get(i).email()), "answer", "4");
		}
		Answer tooFew = api().get("/api/v1/consultations/" + consultation + "/results", panelAdmin);
		for (int i = 4; i < 13; i++) {
			browser.submit("/r/" + Residents.token(members.get(i).email()), "answer", i % 2 == 0 ? "5" : "2");
		}
		Answer results = api().get("/api/v1/consultations/" + consultation + "/results", panelAdmin);
		Answer policymaker = api().get("/api/v1/consultations/" + consultation + "/results",
				api().account("POLICYMAKER"));

		assertThat(tooFew.status()).isEqualTo(200);
		assertThat(tooFew.json().get("responses").isNull()).isTrue();
		assertThat(tooFew.json().get("answers")).isEmpty();
		assertThat(results.status()).isEqualTo(200);
		JsonNode json = results.json();
		assertThat(json.get("invited").asLong()).isEqualTo(13);
		assertThat(json.get("responses").asLong()).isEqualTo(13);
		Map<String, Long> counts = new HashMap<>();
		json.get("answers").forEach(row -> counts.put(row.get("answer").asString(), row.get("count").asLong()));
		assertThat(counts).containsEntry("1", 0L).containsEntry("4", 4L).hasSize(5);
		assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(13);
		Map<String, JsonNode> byDistrict = new HashMap<>();
		json.get("byDistrict").forEach(group -> byDistrict.put(group.get("group").asString(), group));
		// Noord has 2 respondents (< 5): hidden; West (5) is hidden too, or 13 - 6 would reveal Noord.
		assertThat(byDistrict.get(NOORD).get("suppressed").asBoolean()).isTrue();
		assertThat(byDistrict.get(NOORD).get("responses").isNull()).isTrue();
		assertThat(byDistrict.get(WEST).get("suppressed").asBoolean()).isTrue();
		assertThat(byDistrict.get(CENTRE).get("suppressed").asBoolean()).isFalse();
		assertThat(byDistrict.get(CENTRE).get("responses").asLong()).isEqualTo(6);
		assertThat(policymaker.status()).isEqualTo(403);
	}

}
