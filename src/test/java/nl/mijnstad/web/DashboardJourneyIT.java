package nl.mijnstad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.mijnstad.Api;
import nl.mijnstad.analytics.Analytics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The policymaker's and the connector's journeys in real Chromium, on a phone and at a desk: what a holder sends
 * through the form shows up in the policymaker's dashboards, and a connector sees coverage, the frontier with
 * who can introduce each network, and the network map with its table.
 */
class DashboardJourneyIT extends PageTest {

	@Autowired
	Analytics analytics;

	private final String suffix = letters();

	@ParameterizedTest
	@ValueSource(strings = { "phone", "desktop" })
	void whatAHolderSendsReachesThePolicymakersDashboards(String window) throws InterruptedException {
		Browser b = browser();
		b.size(window.equals("phone") ? Browser.PHONE : Browser.DESKTOP);
		String network = api().network("NEIGHBOURHOOD");
		Account holder = account("NETWORK_HOLDER", network);
		String value = "Zwemwater" + this.suffix;
		String spearhead = "Een zwemsteiger aan de Dommel " + this.suffix;
		String idea = "Steigerploeg " + this.suffix;

		b.login(holder.username(), holder.password());
		b.open("/bijeenkomsten/nieuw?netwerk=" + network);
		b.date("#heldOn", "2017-02-14");
		b.type("#participants", "18");
		b.type("#values0", value);
		b.type("#values1", "Ontmoeting");
		next(b);
		b.type("#spearheads0-title", spearhead);
		b.type("#spearheads0-valuesText", value);
		next(b);
		b.type("#spearheads0-ideas0-title", idea);
		new Select(b.find("#spearheads0-ideas0-status")).selectByValue("RUNNING");
		next(b);
		b.find("#send").click();
		b.waitFor(".notice");
		assertThat(b.find(".notice").getText()).contains("opgeslagen");

		// The dashboards read the analytics snapshot; wait until it holds the gathering, as a reader would refresh.
		this.analytics.awaitFresh(Duration.ofSeconds(60));
		Account policymaker = account("POLICYMAKER");
		b.login(policymaker.username(), policymaker.password());
		b.find("a[href='/dashboard/beleid']").click();
		WebElement valueRow = row(b, "[data-feed-name='values']", value);
		assertThat(valueRow.getText()).as("the value, held by one network in one gathering").contains("1");
		assertThat(row(b, "[data-feed-name='spearheads']", spearhead).getText()).contains(value);
		b.waitFor("#values-chart");
		assertThat(b.fitsWidth()).as("no sideways scrolling").isTrue();
		accessible(b, "policymaker-journey-values", window);

		// The same ranking by Borda's count.
		new Select(b.find("#methode")).selectByValue("borda");
		submit(b);
		assertThat(b.driver.getCurrentUrl()).endsWith("/dashboard/beleid?methode=borda");
		assertThat(row(b, "[data-feed-name='spearheads']", spearhead).getText()).contains(value);

		// The ideas box, filtered by the value and by status.
		b.find("nav a[href='/dashboard/beleid/ideeen']").click();
		b.type("#filter-value", value);
		new Select(b.find("#filter-status")).selectByValue("RUNNING");
		submit(b);
		assertThat(b.find(".count").getText()).isEqualTo("1 idee gevonden.");
		assertThat(row(b, "[data-feed-name='ideas']", idea).getText()).contains(spearhead, "Loopt al");
		accessible(b, "policymaker-journey-ideas", window);
		new Select(b.find("#filter-status")).selectByValue("DONE");
		submit(b);
		assertThat(b.all("[data-feed-name='ideas'] tbody tr")).as("no idea of ours is done yet").noneMatch(r -> r.getText().contains(idea));

		// A filter the ideas box refuses (a value longer than any) is said next to it.
		b.type("#filter-value", "Zwemwater ".repeat(21));
		submit(b);
		new WebDriverWait(b.driver, Duration.ofSeconds(10)).withMessage("the error summary takes the focus")
			.until(d -> "error-summary".equals(b.focused().getAttribute("id")));
		assertThat(b.find("#filter-value-error").getText()).contains("Gebruik hoogstens 200 tekens.");
		assertThat(b.find("#filter-value").getAttribute("aria-invalid")).isEqualTo("true");
		accessible(b, null, window);

		b.open("/dashboard/beleid/profiel");
		assertThat(b.find("[data-feed-name='profile']").getText()).contains("Bereikte netwerken");
		accessible(b, null, window);
	}

	@ParameterizedTest
	@ValueSource(strings = { "phone", "desktop" })
	void aConnectorSeesCoverageTheFrontierWithItsIntroducersAndTheMap(String window) throws InterruptedException {
		Browser b = browser();
		b.size(window.equals("phone") ? Browser.PHONE : Browser.DESKTOP);
		String code = String.format("%06d", new Random().nextInt(1_000_000));
		String east = "WKJ" + code + "1";
		String west = "WKJ" + code + "2";
		Api.Answer load = api().postBytes("/api/v1/reference/districts", api().admin(), ("""
				code,name,population,age_0_14,age_15_24,age_25_44,age_45_64,age_65_plus,municipality
				%s,Oost %s,1000,150,100,300,250,200,GMJ%s
				%s,West %s,3000,450,300,900,750,600,GMJ%s
				""".formatted(east, this.suffix, code, west, this.suffix, code)).getBytes(), "text/csv");
		assertThat(load.status()).as(load.text()).isEqualTo(201);

		String reached = network("Voetbalvereniging Oost " + this.suffix, "SPORT", east);
		List<String> introducers = List.of("Anouk " + this.suffix, "Bram " + this.suffix, "Cas " + this.suffix,
				"Dirk " + this.suffix);
		List<String> people = introducers.stream().map(name -> member(reached, name, east)).toList();
		member(reached, "Els " + this.suffix, west);
		gathering(reached);
		String warm = network("Koor West " + this.suffix, "CULTURE", west);
		people.forEach(person -> join(warm, person));
		member(warm, "Wim " + this.suffix, west);
		assertThat(api().post("/api/v1/networks/" + warm + "/relations", api().admin(),
				Map.of("type", "PART_OF", "network", reached)).status()).isEqualTo(201);
		this.analytics.awaitFresh(Duration.ofSeconds(60));

		Account connector = account("CONNECTOR");
		b.login(connector.username(), connector.password());
		b.find("a[href='/dashboard/bereik']").click();
		assertThat(row(b, "[data-feed-name='coverage']", "Oost " + this.suffix).getText()).as("population and reached")
			.contains("1.000", "4");
		assertThat(row(b, "[data-feed-name='coverage']", "West " + this.suffix).getText()).contains("3.000", "1");
		b.waitFor("#coverage-chart");
		WebElement frontier = row(b, "[data-feed-name='frontier']", "Koor West " + this.suffix);
		assertThat(frontier.getText()).contains("Cultuur").contains(introducers)
			.contains("4 of its 5 members are already in reached networks");
		assertThat(b.fitsWidth()).as("no sideways scrolling").isTrue();
		// The screenshot shows the frontier; the coverage is in connector-reach.
		b.script("document.getElementById('frontier-heading').scrollIntoView()");
		accessible(b, "connector-journey-reach", window);

		b.find("nav a[href='/dashboard/bereik/netwerkkaart']").click();
		b.waitFor("#network-graph canvas");
		assertThat(Integer.parseInt(b.find("#network-graph").getAttribute("data-nodes"))).isGreaterThanOrEqualTo(2);
		List<String> options = b.all("#graph-find option").stream().map(WebElement::getText).toList();
		assertThat(options).contains("Koor West " + this.suffix, "Voetbalvereniging Oost " + this.suffix);
		assertThat(row(b, "[data-feed-name='graph']", "Koor West " + this.suffix).getText()).contains("Cultuur", "5", "nee");
		assertThat(row(b, "[data-feed-name='graph']", "Voetbalvereniging Oost " + this.suffix).getText()).contains("ja");
		new Select(b.find("#graph-find")).selectByVisibleText("Koor West " + this.suffix);
		assertThat(b.find("#graph-details").getText()).contains("Koor West " + this.suffix, "5", "nog niet bereikt");
		accessible(b, "connector-journey-network-map", window);
	}

	/** axe-core finds no serious or critical violation on the page as it is, and it is kept as a screenshot. */
	private static void accessible(Browser b, String screenshot, String window) {
		assertThat(b.seriousViolations()).as("axe-core on " + b.path()).isEmpty();
		if (screenshot != null) {
			b.screenshot(screenshot + "-" + window);
		}
	}

	/** The table row in a feed that mentions {@code text}. */
	private static WebElement row(Browser b, String feed, String text) {
		List<WebElement> rows = b.all(feed + " tbody tr").stream().filter(r -> r.getText().contains(text)).toList();
		assertThat(rows).as("a row with " + text + " in " + feed).hasSize(1);
		return rows.get(0);
	}

	/** Sends the page's filter form and waits for the page it answers with. */
	private static void submit(Browser b) {
		b.submit("form.filters button[type=submit]");
	}

	private static void next(Browser b) {
		b.all("section.step:not([hidden]) button[data-next]").get(0).click();
	}

	private String network(String name, String kind, String district) {
		Api.Answer answer = api().post("/api/v1/networks", api().admin(),
				Map.of("name", name, "kind", kind, "districts", List.of(district)));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.id();
	}

	private String member(String network, String name, String district) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("displayName", name);
		body.put("district", district);
		body.put("consent", Map.of("panel", false, "contact", false));
		Api.Answer answer = api().post("/api/v1/networks/" + network + "/members", api().admin(), body);
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.json().get("personId").asString();
	}

	private void join(String network, String person) {
		assertThat(api().post("/api/v1/networks/" + network + "/members", api().admin(), Map.of("personId", person))
			.status()).isEqualTo(201);
	}

	private void gathering(String network) {
		Api.Answer answer = api().post("/api/v1/networks/" + network + "/gatherings", api().admin(),
				Map.of("heldOn", "2017-03-01", "participants", 12, "values", List.of("sport" + this.suffix),
						"spearheads", List.of(Map.of("title", "Een veld voor iedereen " + this.suffix))));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
	}

	private static String letters() {
		Random random = new Random();
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}

}
