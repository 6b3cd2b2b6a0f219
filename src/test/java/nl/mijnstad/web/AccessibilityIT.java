package nl.mijnstad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.mijnstad.panel.PanelFixtures;
import nl.mijnstad.panel.Residents;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * Every page, for every role, on a phone and at a desk, scanned by axe-core for WCAG 2.1 A and AA: no serious or
 * critical violation, `lang` set, nothing to scroll sideways on a phone, and no script or CSP error in the console.
 * The screenshots in docs/screenshots are taken on the way.
 */
class AccessibilityIT extends PageTest {

	private final List<String> problems = new ArrayList<>();

	private void scan(String path, String expectedLang, String screenshot) {
		Browser b = browser();
		for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
			b.size(size);
			b.open(path);
			b.waitFor("main");
			String where = path + " at " + size.width + "px";
			if (path.contains("netwerkkaart")) {
				b.waitFor("#network-graph canvas");
			}
			assertThat(b.find("html").getAttribute("lang")).as("lang of " + where).isEqualTo(expectedLang);
			for (Map<String, Object> violation : b.seriousViolations()) {
				this.problems.add(where + ": " + violation);
			}
			if (size == Browser.PHONE && !b.fitsWidth()) {
				this.problems.add(where + ": wider than the phone's screen");
			}
			b.consoleProblems().forEach(message -> this.problems.add(where + ": console: " + message));
			if (screenshot != null) {
				b.screenshot(screenshot + (size == Browser.PHONE ? "-phone" : "-desktop"));
			}
		}
	}

	@Test
	void everyPageOfEveryRoleIsAccessible() {
		Browser b = browser();
		String network = api().network("NEIGHBOURHOOD", "WK079601");
		api().member(network, "Anna B.", "WK079601");
		Account holder = account("NETWORK_HOLDER", network);
		String gathering = gathering(network, holder, "groen", "Meer groen in de wijk");

		b.driver.manage().deleteAllCookies();
		scan("/inloggen", "nl", "login");
		scan("/inloggen?fout", "nl", null);

		b.login(holder.username(), holder.password());
		scan("/", "nl", "holder-home");
		scan("/netwerken/nieuw", "nl", "network-registration");
		scan("/netwerken/" + network, "nl", null);
		scan("/bijeenkomsten/nieuw?netwerk=" + network, "nl", "holder-form-step1");
		scan("/bijeenkomsten/" + gathering, "nl", "gathering");
		scan("/bijeenkomsten", "nl", "holder-gatherings");
		scan("/bijeenkomsten/bestaat-niet", "nl", null);
		// The form with errors, as the server returns it.
		b.size(Browser.DESKTOP);
		b.open("/bijeenkomsten/nieuw?netwerk=" + network);
		while (!b.all("section.step:not([hidden]) button[data-next]").isEmpty()) {
			b.all("section.step:not([hidden]) button[data-next]").get(0).click();
		}
		b.screenshot("holder-form-summary-desktop");
		b.find("#send").click();
		b.waitFor("#error-summary");
		assertThat(b.seriousViolations()).as("the form with errors").isEmpty();
		b.screenshot("holder-form-errors-desktop");
		b.open("/?lang=en");
		scan("/", "en", "holder-home-english");
		b.open("/?lang=nl");

		Account policymaker = account("POLICYMAKER");
		b.login(policymaker.username(), policymaker.password());
		scan("/", "nl", "policymaker-home");
		scan("/dashboard/beleid", "nl", "policymaker-values");
		scan("/dashboard/beleid?methode=borda", "nl", null);
		scan("/dashboard/beleid/clusters", "nl", null);
		scan("/dashboard/beleid/ideeen?status=RUNNING", "nl", "policymaker-ideas");
		scan("/dashboard/beleid/ideeen?value=" + "x".repeat(201), "nl", null);
		scan("/dashboard/beleid/profiel", "nl", "policymaker-profile");

		Account connector = account("CONNECTOR");
		b.login(connector.username(), connector.password());
		scan("/", "nl", null);
		scan("/dashboard/bereik", "nl", "connector-reach");
		scan("/dashboard/bereik/netwerkkaart", "nl", "connector-network-map");

		// panel pages: the panel admin's, with a consultation sent to one resident, and that resident's.
		PanelFixtures fx = new PanelFixtures(api());
		String panelNetwork = api().network("SPORT", "WK079601");
		PanelFixtures.Member resident = fx.member(panelNetwork, "WK079601", 1980, true, true);
		Account panelAdmin = account("PANEL_ADMIN");
		String consultation = fx.consultation(panelAdmin.basic(), "SCALE", null);
		String draft = fx.consultation(panelAdmin.basic(), "SINGLE_CHOICE", List.of("Ja", "Nee"));
		api().post("/api/v1/consultations/" + consultation + "/invitations", panelAdmin.basic(),
				PanelFixtures.targeting(panelNetwork, 1));
		b.login(panelAdmin.username(), panelAdmin.password());
		scan("/", "nl", null);
		scan("/burgerpanel", "nl", "panel-list");
		scan("/burgerpanel/nieuw", "nl", null);
		scan("/burgerpanel/" + consultation, "nl", "panel-consultation");
		scan("/burgerpanel/" + draft + "/selectie?size=1&seed=1&method=LEGACY&network=" + panelNetwork
				+ "&stratifyBy=DISTRICT", "nl", null);
		scan("/burgerpanel/" + consultation + "/resultaten", "nl", null);
		b.size(Browser.DESKTOP);
		b.open("/burgerpanel/nieuw");
		b.find("form.form button[type=submit]").click();
		b.waitFor("#error-summary");
		assertThat(b.seriousViolations()).as("the consultation form with errors").isEmpty();
		b.driver.manage().deleteAllCookies();
		String token = Residents.token(resident.email());
		scan("/r/" + token, "nl", "panel-answer");
		scan("/o/" + token, "nl", null);
		scan("/r/" + token + "?lang=en", "en", null);
		scan("/r/not-a-token?lang=nl", "nl", null);

		assertThat(this.problems).as("accessibility problems").isEmpty();
	}

}
