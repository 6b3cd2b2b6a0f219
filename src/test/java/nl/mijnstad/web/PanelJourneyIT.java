package nl.mijnstad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.mijnstad.panel.PanelFixtures;
import nl.mijnstad.panel.Residents;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.Select;

/**
 * The citizens' panel in real Chromium, on a phone and at a desk: a panel admin signs in, creates a consultation
 * (after a first try with mistakes), previews the selection (seeing whom the contact limits keep out) and sends
 * it; the invitations arrive by mail; residents answer or opt out through their personal links without an
 * account; and the results page shows the answers counted only once there are at least k of them, with small
 * groups hidden.
 */
class PanelJourneyIT extends PageTest {

	private static final String CENTRE = "WK079601";

	@ParameterizedTest
	@ValueSource(strings = { "phone", "desktop" })
	void panelAdminSendsAConsultationResidentsAnswerAndTheResultsCountThem(String window) {
		Browser b = browser();
		b.size(window.equals("phone") ? Browser.PHONE : Browser.DESKTOP);
		String suffix = "-" + window;
		PanelFixtures fx = new PanelFixtures(api());
		String network = api().network("SPORT", CENTRE);
		List<PanelFixtures.Member> residents = new ArrayList<>();
		for (int birthYear : new int[] { 1960, 1970, 1980, 1990, 2000, 1985 }) {
			residents.add(fx.member(network, CENTRE, birthYear, true, true));
		}
		fx.member(network, CENTRE, 1975, false, true);
		PanelFixtures.Member askedLately = askedLately(fx);
		api().post("/api/v1/networks/" + network + "/members", api().admin(), Map.of("personId", askedLately.id()));
		Account admin = account("PANEL_ADMIN");

		// The panel admin finds the pages from home and first sends the form with mistakes.
		b.login(admin.username(), admin.password());
		b.find("#home-panel ~ ul a[href='/burgerpanel']").click();
		b.waitFor("main a.button[href='/burgerpanel/nieuw']");
		assertThat(b.find("h1").getText()).isEqualTo("Raadplegingen van het burgerpanel");
		b.find("main a.button[href='/burgerpanel/nieuw']").click();
		b.waitFor("#type-SINGLE_CHOICE");
		long consultationsBefore = count("MATCH (c:Consultation) RETURN count(c)");
		b.find("#type-SINGLE_CHOICE").click();
		b.type("#options", "Meer bomen");
		b.find("form.form button[type=submit]").click();
		b.waitFor("#error-summary");
		assertThat(b.driver.getTitle()).startsWith("Fout:");
		assertThat(b.all("#error-summary a").stream().map(a -> a.getAttribute("href").replaceAll(".*#", "")))
			.containsExactly("title", "question", "closesAt");
		assertThat(b.find("#title").getAttribute("aria-invalid")).isEqualTo("true");
		b.screenshot("panel-new-errors" + suffix);

		// Filled in, but a choice needs two options: the service's own check, in the page's words.
		String title = "Groen rond de sporthal " + UUID.randomUUID().toString().substring(0, 6);
		b.type("#title", title);
		b.type("#question", "Wat wilt u rond de sporthal?");
		b.date("#closesAt", LocalDateTime.now().plusDays(30).truncatedTo(ChronoUnit.MINUTES).toString());
		b.find("form.form button[type=submit]").click();
		b.waitFor("#options-error");
		assertThat(b.find("#options-error").getText()).contains("minstens twee");
		assertThat(count("MATCH (c:Consultation) RETURN count(c)")).isEqualTo(consultationsBefore);

		b.type("#options", "Meer bomen\nMeer bankjes");
		b.find("form.form button[type=submit]").click();
		b.waitFor("#status");
		assertThat(b.find("h1").getText()).isEqualTo(title);
		assertThat(b.find("#status").getText()).startsWith("Concept");
		String consultation = b.path().substring("/burgerpanel/".length());

		// The preview: only this network's members, six places; the one asked lately is kept out.
		b.find("main a.button[href$='/selectie']").click();
		b.waitFor("#network");
		new Select(b.find("#network")).selectByValue(network);
		b.type("#size", "6");
		b.find("#targeting button[type=submit]").click();
		b.waitFor("#selection");
		assertThat(b.find("#pool-eligible").getText()).isEqualTo("6");
		assertThat(b.find("#excluded-fatigue").getText()).isEqualTo("1");
		assertThat(b.find("#feasibility .notice").getText()).contains("voldoet");
		assertThat(b.all("#selection tbody tr")).hasSize(6);
		assertThat(b.find("#probability-min").getText()).startsWith("100");
		if (window.equals("phone")) {
			assertThat(b.fitsWidth()).as("no sideways scrolling at 390 px").isTrue();
		}
		b.script("document.getElementById('pool').scrollIntoView();");
		b.screenshot("panel-preview" + suffix);

		b.find("#send button[type=submit]").click();
		b.waitFor("#sent");
		assertThat(b.path()).isEqualTo("/burgerpanel/" + consultation);
		assertThat(b.find("#sent-invited").getText()).isEqualTo("6");
		assertThat(b.find("#sent-delivered").getText()).isEqualTo("6");
		assertThat(b.find("#sent-fatigue").getText()).isEqualTo("1");
		assertThat(b.find("#status").getText()).isEqualTo("Verstuurd");
		b.screenshot("panel-sent" + suffix);
		assertThat(Residents.mails(askedLately.email())).hasSize(1);

		// Residents open the link from their mail, without an account: one answers, the next opts out.
		List<String> tokens = residents.stream().map(r -> Residents.token(r.email())).toList();
		assertThat(tokens).doesNotContainNull();
		b.driver.manage().deleteAllCookies();
		answer(b, tokens.get(0), "Meer bomen");
		assertThat(b.find("html").getAttribute("lang")).isEqualTo("nl");
		b.screenshot("panel-resident-thanks" + suffix);
		b.open("/o/" + tokens.get(1));
		b.screenshot("panel-resident-opt-out" + suffix);
		b.find("main form button[type=submit]").click();
		b.waitFor("main [role=status]");
		assertThat(b.find("h1").getText()).isEqualTo("U bent afgemeld");
		assertThat(count("""
				MATCH (:Person {id: $id})-[:GAVE]->(c:Consent {purpose: 'PANEL'})
				WHERE c.withdrawnAt IS NULL RETURN count(c)""", "id", residents.get(1).id())).isZero();

		// One answer is fewer than k (5): the results show only how many were invited.
		b.login(admin.username(), admin.password());
		b.open("/burgerpanel/" + consultation + "/resultaten");
		assertThat(b.find("#invited").getText()).isEqualTo("6");
		assertThat(b.find("#responses").getText()).contains("minder dan 5");
		assertThat(b.all("#answers")).isEmpty();

		b.driver.manage().deleteAllCookies();
		List<String> more = List.of("Meer bomen", "Meer bankjes", "Meer bomen", "Meer bankjes");
		for (int i = 0; i < more.size(); i++) {
			answer(b, tokens.get(i + 2), more.get(i));
		}
		b.login(admin.username(), admin.password());
		b.open("/burgerpanel/" + consultation + "/resultaten");
		assertThat(b.find("#responses").getText()).isEqualTo("5");
		assertThat(b.all("#answers tbody tr").stream().map(row -> row.getText()).toList())
			.containsExactly("Meer bomen 3", "Meer bankjes 2");
		assertThat(b.find("#by-district tbody").getText()).contains("Binnenstad 5 3 2");
		// Every age group has fewer than five respondents, so none is shown.
		assertThat(b.all("#by-ageBand tbody tr")).allSatisfy(row -> assertThat(row.getText()).contains("verborgen"));
		b.screenshot("panel-results" + suffix);
	}

	/** Opens the answer link as the resident would, picks the answer and sends it. */
	private static void answer(Browser b, String token, String choice) {
		b.open("/r/" + token);
		b.all("input[name=answer]")
			.stream()
			.filter(radio -> choice.equals(radio.getAttribute("value")))
			.findFirst()
			.orElseThrow()
			.click();
		// Only the page after sending has a status message: waiting for it waits for that page.
		b.find("main form button[type=submit]").click();
		b.waitFor("main [role=status]");
		assertThat(b.find("h1").getText()).isEqualTo("Bedankt");
	}

	/** A member invited to another consultation just now: the minimum gap keeps them out of the next one. */
	private PanelFixtures.Member askedLately(PanelFixtures fx) {
		String elsewhere = api().network("CULTURE", CENTRE);
		PanelFixtures.Member member = fx.member(elsewhere, CENTRE, 1965, true, true);
		String earlier = fx.consultation(api().admin(), "OPEN", null);
		int status = api().post("/api/v1/consultations/" + earlier + "/invitations", api().admin(),
				PanelFixtures.targeting(elsewhere, 1)).status();
		assertThat(status).isEqualTo(201);
		return member;
	}

}
