package nl.mijnstad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A network holder, on a phone and at a desk, in real Chromium: signs in, registers their network, submits a
 * gathering through the three steps (reordering spearheads with the buttons) and finds it among their gatherings;
 * and a form with mistakes says what is wrong next to each field.
 */
class HolderJourneyIT extends PageTest {

	@ParameterizedTest
	@ValueSource(strings = { "phone", "desktop" })
	void holderRegistersTheirNetworkSubmitsAGatheringAndFindsIt(String window) {
		Browser b = browser();
		b.size(window.equals("phone") ? Browser.PHONE : Browser.DESKTOP);
		Account holder = account("NETWORK_HOLDER");
		String networkName = "Breiclub De Steek " + UUID.randomUUID().toString().substring(0, 6);

		b.login(holder.username(), holder.password());
		assertThat(b.find("html").getAttribute("lang")).isEqualTo("nl");
		b.find("a.button.secondary[href='/netwerken/nieuw']").click();

		b.type("#name", networkName);
		new Select(b.find("#kind")).selectByValue("HOBBY");
		b.type("#description", "We breien elke dinsdag in het buurthuis.");
		b.find("input[name=districts]").click();
		b.submit("form.form button[type=submit]");

		assertThat(b.find("h1").getText()).isEqualTo(networkName);
		assertThat(b.find(".notice").getText()).contains("aangemeld");
		if (window.equals("phone")) {
			assertThat(b.fitsWidth()).as("no sideways scrolling at 390 px").isTrue();
		}
		b.find("main a.button[href*='/bijeenkomsten/nieuw']").click();

		// Step 1: values.
		assertThat(b.find("section[data-step='1']").isDisplayed()).isTrue();
		assertThat(b.find("section[data-step='2']").isDisplayed()).isFalse();
		b.date("#heldOn", "2017-01-03");
		b.type("#participants", "23");
		b.type("#values0", "Groen");
		b.type("#values1", "Ontmoeting");
		b.type("#values2", "Veiligheid");
		b.find("button[data-add='value']").click();
		assertThat(b.focused().getAttribute("id")).isEqualTo("values3");
		b.focused().sendKeys("Cultuur");
		next(b);

		// Step 2: spearheads, then put the second first with its Omhoog button.
		assertThat(b.focused().getAttribute("id")).isEqualTo("step2-heading");
		b.type("#spearheads0-title", "Meer groen in de wijk");
		b.type("#spearheads0-valuesText", "groen");
		b.find("button[data-add='spearhead']").click();
		assertThat(b.focused().getAttribute("id")).isEqualTo("spearheads1-title");
		b.focused().sendKeys("Een plek om elkaar te ontmoeten");
		b.type("#spearheads1-valuesText", "ontmoeting, veiligheid");
		b.find("#spearheads1-up").click();
		assertThat(titles(b)).containsExactly("Een plek om elkaar te ontmoeten", "Meer groen in de wijk");
		assertThat(b.focused().getAttribute("id")).as("the focus stays on the moved spearhead's button")
			.isEqualTo("spearheads0-up");
		waitForStatus(b, "staat nu op plaats 1 van 2");
		// By keyboard: the same button again says it is at the top already, and nothing moves.
		b.focused().sendKeys(Keys.ENTER);
		waitForStatus(b, "staat al bovenaan");
		assertThat(titles(b)).containsExactly("Een plek om elkaar te ontmoeten", "Meer groen in de wijk");
		next(b);

		// Step 3: ideas, per spearhead in the new order.
		assertThat(b.find("#idea-groups .idea-group legend").getText()).contains("Een plek om elkaar te ontmoeten");
		b.type("#spearheads0-ideas0-title", "Buurtkamer in het clubhuis");
		new Select(b.find("#spearheads0-ideas0-status")).selectByValue("RUNNING");
		b.find(".idea-group[data-key] button[data-add='idea']").click();
		b.focused().sendKeys("Koffieochtend");
		b.type("#spearheads1-ideas0-title", "Geveltuintjes");
		next(b);

		// Step 4: the summary, then send.
		assertThat(b.find("#summary").getText()).contains("Groen, Ontmoeting, Veiligheid, Cultuur");
		List<String> summary = b.all("#summary ol > li").stream().map(e -> e.getText().lines().findFirst().orElse("")).toList();
		assertThat(summary).containsExactly("Een plek om elkaar te ontmoeten", "Meer groen in de wijk");
		if (window.equals("phone")) {
			b.screenshot("holder-form-summary-phone");
		}
		b.submit("#send");

		assertThat(b.find(".notice").getText()).contains("opgeslagen");
		assertThat(b.all("ol.spearheads-view > li > h3").stream().map(WebElement::getText).toList())
			.containsExactly("Een plek om elkaar te ontmoeten", "Meer groen in de wijk");
		assertThat(b.find("ol.spearheads-view").getText()).contains("Buurtkamer in het clubhuis", "Loopt al",
				"Koffieochtend", "Geveltuintjes");

		b.find("nav a[href='/bijeenkomsten']").click();
		WebElement row = b.find("table.gatherings tbody tr");
		assertThat(row.getText()).contains("3 januari 2017", networkName, "Een plek om elkaar te ontmoeten");

		// What the browser sent went through the submission service into the graph, ranked as shown.
		assertThat(count("""
				MATCH (:Network {name: $name})<-[:OF]-(g:Gathering)-[p:PRIORITISES {rank: 1}]->(s:Spearhead)
				WHERE p.wording = 'Een plek om elkaar te ontmoeten'
				RETURN count(*)""", "name", networkName)).isEqualTo(1);
		assertThat(count("MATCH (:Network {name: $name})<-[:OF]-(g:Gathering)-[:PROPOSED]->(i:Idea) RETURN count(i)",
				"name", networkName)).isEqualTo(3);
	}

	@Test
	void aFormWithMistakesSaysWhatIsWrongNextToEachField() {
		Browser b = browser();
		b.size(Browser.DESKTOP);
		String network = api().network("SPORT");
		Account holder = account("NETWORK_HOLDER", network);
		b.login(holder.username(), holder.password());
		b.open("/bijeenkomsten/nieuw?netwerk=" + network);

		// Round 1: no date, and a number of participants that is no number.
		b.type("#participants", "veel");
		toSummaryAndSend(b);
		// The page's script gives the focus once the document has loaded, which may be after its heading is there.
		b.waitForFocus("error-summary");
		assertThat(b.focused().getAttribute("id")).as("the error summary takes the focus").isEqualTo("error-summary");
		assertThat(b.driver.getTitle()).startsWith("Fout:");
		assertThat(b.find("#heldOn-error").getText()).contains("Vul dit in.");
		assertThat(b.find("#participants-error").getText()).contains("Vul een heel getal in");
		assertThat(b.find("#participants").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(b.find("#participants").getAttribute("aria-describedby")).isEqualTo("participants-error");
		assertThat(b.find("#participants").getAttribute("value")).as("what was typed stays").isEqualTo("veel");

		// Round 2 (the whole form stays open while it has errors): a date in the future and the same value twice.
		b.date("#heldOn", "2999-01-01");
		b.type("#participants", "12");
		b.type("#values0", "Groen");
		b.type("#values1", "groen ");
		b.type("#spearheads0-title", "Meer bomen");
		b.find("#send").click();
		// The page with round 1's errors is replaced by the server's answer: wait for the new message, not the old.
		b.waitForText("#heldOn-error", "tussen 1 januari 2000 en vandaag");
		assertThat(b.find("#values1-error").getText()).contains("staat er al (Waarde 1)");
		List<String> summary = b.all("#error-summary a").stream().map(WebElement::getText).toList();
		assertThat(summary).containsExactly("Datum van de bijeenkomst: De datum moet tussen 1 januari 2000 en vandaag liggen.",
				"Waarde 2: Deze waarde staat er al (Waarde 1). Laat er een weg.");
		b.find("#error-summary a[href='#values1']").click();
		assertThat(b.focused().getAttribute("id")).isEqualTo("values1");
		assertThat(count("MATCH (:Network {id: $id})<-[:OF]-(g:Gathering) RETURN count(g)", "id", network))
			.as("nothing was written").isZero();
	}

	private static void next(Browser b) {
		b.all("section.step:not([hidden]) button[data-next]").get(0).click();
	}

	private static void toSummaryAndSend(Browser b) {
		while (!b.all("section.step:not([hidden]) button[data-next]").isEmpty()) {
			next(b);
		}
		b.submit("#send");
	}

	private static List<String> titles(Browser b) {
		return b.all("#spearhead-list > li input.spearhead-title").stream().map(e -> e.getAttribute("value")).toList();
	}

	private static void waitForStatus(Browser b, String text) {
		new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(5))
			.until(d -> b.find("#step-status").getAttribute("textContent").contains(text));
	}

}
