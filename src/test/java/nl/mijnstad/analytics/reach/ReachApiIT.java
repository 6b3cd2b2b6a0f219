package nl.mijnstad.analytics.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.mijnstad.IntegrationTest;
import nl.mijnstad.analytics.Analytics;
import nl.mijnstad.Api.Answer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * A small city of our own, built through the API, with a known under-representation: district 3 has half the
 * population and nobody reached; the age band 25-44 is over-represented. Coverage is checked against a hand
 * count of our own districts (the shared database holds other tests' data too).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReachApiIT extends IntegrationTest {

	@Autowired
	Analytics analytics;

	final String suffix = String.format("%06d", new Random().nextInt(1_000_000));

	final String municipality = "GMT" + this.suffix;

	final String d1 = "WKT" + this.suffix + "1";

	final String d2 = "WKT" + this.suffix + "2";

	final String d3 = "WKT" + this.suffix + "3";

	final int thirty = Year.now().getValue() - 30;

	String reached;

	String warm;

	String isolated;

	String otherReached;

	String connector;

	String policymaker;

	List<String> introducers = new ArrayList<>();

	@BeforeAll
	void buildTheCity() throws Exception {
		Answer load = api().postBytes("/api/v1/reference/districts", api().admin(), ("""
				code,name,population,age_0_14,age_15_24,age_25_44,age_45_64,age_65_plus,municipality
				%s,Oost,1000,150,100,300,250,200,%s
				%s,West,1000,150,100,300,250,200,%s
				%s,"Zuid, buiten",2000,300,200,600,500,400,%s
				""".formatted(this.d1, this.municipality, this.d2, this.municipality, this.d3, this.municipality))
			.getBytes(), "text/csv");
		assertThat(load.status()).as(load.text()).isEqualTo(201);

		this.reached = api().network("SPORT", this.d1);
		String anouk = member(this.reached, "Anouk I.", this.d1, this.thirty);
		String bram = member(this.reached, "Bram I.", this.d1, this.thirty);
		this.introducers.addAll(List.of(anouk, bram));
		member(this.reached, "Cas D.", this.d1, this.thirty);
		member(this.reached, "Dirk D.", this.d1, this.thirty);
		member(this.reached, "Els D.", this.d1, Year.now().getValue() - 70);
		member(this.reached, "Fenna D.", this.d1, null);
		member(this.reached, "Gijs W.", this.d2, this.thirty);
		member(this.reached, "Hanna W.", this.d2, this.thirty);
		String xander = member(this.reached, "Xander W.", this.d2, Year.now().getValue() - 20);
		member(this.reached, "Ursula Z.", null, this.thirty);
		String value = "kwaliteit" + letters();
		gathering(this.reached, List.of(anouk, xander), List.of(value, "rust" + letters()));

		this.warm = api().network("CULTURE", this.d3);
		join(this.warm, anouk);
		join(this.warm, bram);
		for (String name : List.of("Wim Z.", "Wout Z.", "Wanda Z.")) {
			member(this.warm, name, this.d3, this.thirty);
		}
		this.isolated = api().network("HOBBY", this.d3);
		for (String name : List.of("Ilse Z.", "Ivo Z.", "Iris Z.")) {
			member(this.isolated, name, this.d3, this.thirty);
		}
		this.otherReached = api().network("CARE");
		gathering(this.otherReached, List.of(), List.of(value, "zorg" + letters()));

		String elsewhere = api().network("OTHER");
		String connie = member(elsewhere, "Connie V.", null, null);
		assertThat(api().post("/api/v1/networks/" + this.warm + "/connectors", api().admin(),
				Map.of("personId", connie)).status()).isEqualTo(201);
		assertThat(api().post("/api/v1/networks/" + this.warm + "/relations", api().admin(),
				Map.of("type", "PART_OF", "network", this.reached)).status()).isEqualTo(201);

		this.connector = api().account("CONNECTOR");
		this.policymaker = api().account("POLICYMAKER");
		this.analytics.awaitFresh(Duration.ofSeconds(30));
	}

	@Test
	void coverageOfOurMunicipalityMatchesTheHandCount() {
		Answer answer = api().get("/api/v1/analytics/coverage?municipality=" + this.municipality, this.connector);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		JsonNode report = answer.json();
		assertThat(report.get("population").asLong()).isEqualTo(4000);
		// Reached: 6 in Oost, 3 in West (each once, though two of them also attended), none in Zuid.
		assertCell(cell(report.get("districts"), this.d1), 1000, 6, 0.006, 6 / 9.0, 0.25, (6 / 9.0) / 0.25);
		assertCell(cell(report.get("districts"), this.d2), 1000, 3, 0.003, 3 / 9.0, 0.25, (3 / 9.0) / 0.25);
		assertCell(cell(report.get("districts"), this.d3), 2000, 0, 0.0, 0.0, 0.5, 0.0);
		assertThat(cell(report.get("districts"), this.d3).get("name").asString()).isEqualTo("Zuid, buiten");
		// Ursula has no district: she is counted as unknown, never dropped (other tests' people may be there too).
		assertThat(cell(report.get("districts"), "unknown").get("reached").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(report.get("reached").asLong()).isGreaterThanOrEqualTo(10);
		assertThat(report.get("rScore").asDouble()).isEqualTo(0.0);
		assertThat(report.get("proportionalSimilarity").asDouble()).isCloseTo(0.25 + 0.25 + 0, within(1e-9));

		JsonNode ages = report.get("ageBands");
		assertThat(ages.get("districtsWithAgeBands").asInt()).isEqualTo(3);
		assertThat(ages.get("population").asLong()).isEqualTo(4000);
		assertCell(cell(ages.get("bands"), "0-14"), 600, 0, 0.0, 0.0, 0.15, 0.0);
		assertCell(cell(ages.get("bands"), "15-24"), 400, 1, 1 / 400.0, 1 / 8.0, 0.1, (1 / 8.0) / 0.1);
		assertCell(cell(ages.get("bands"), "25-44"), 1200, 6, 6 / 1200.0, 6 / 8.0, 0.3, (6 / 8.0) / 0.3);
		assertCell(cell(ages.get("bands"), "45-64"), 1000, 0, 0.0, 0.0, 0.25, 0.0);
		assertCell(cell(ages.get("bands"), "65+"), 800, 1, 1 / 800.0, 1 / 8.0, 0.2, (1 / 8.0) / 0.2);
		// Fenna (no birth year) and Ursula (no district) at least.
		assertThat(cell(ages.get("bands"), "unknown").get("reached").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(ages.get("rScore").asDouble()).isEqualTo(0.0);
		assertThat(ages.get("proportionalSimilarity").asDouble()).isCloseTo(0 + 0.1 + 0.3 + 0 + 0.125, within(1e-9));
	}

	@Test
	void policymakersSeeNoCellOfFewerThanKPeople() {
		Answer answer = api().get("/api/v1/analytics/coverage?municipality=" + this.municipality, this.policymaker);
		assertThat(answer.status()).isEqualTo(200);
		JsonNode districts = answer.json().get("districts");
		assertThat(cell(districts, this.d1).get("reached").asLong()).isEqualTo(6);
		assertThat(cell(districts, this.d1).get("suppressed").asBoolean()).isFalse();
		for (String small : List.of(this.d2, this.d3)) {
			JsonNode cell = cell(districts, small);
			assertThat(cell.get("suppressed").asBoolean()).isTrue();
			assertThat(cell.get("reached").isNull()).isTrue();
			assertThat(cell.get("rate").isNull()).isTrue();
			assertThat(cell.get("representationIndex").isNull()).isTrue();
			assertThat(cell.get("population").asLong()).isPositive();
		}
		JsonNode bands = answer.json().get("ageBands").get("bands");
		assertThat(cell(bands, "25-44").get("reached").asLong()).isEqualTo(6);
		for (String small : List.of("0-14", "15-24", "45-64", "65+")) {
			assertThat(cell(bands, small).get("suppressed").asBoolean()).isTrue();
			assertThat(cell(bands, small).get("reached").isNull()).isTrue();
		}
		assertThat(api().get("/api/v1/analytics/frontier", this.policymaker).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/analytics/brokers", this.policymaker).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/analytics/coverage?municipality=GMnone", this.connector).status())
			.isEqualTo(404);
		assertThat(api().get("/api/v1/analytics/coverage", api().account("NETWORK_HOLDER")).status()).isEqualTo(403);
	}

	@Test
	void aNetworkSharingMembersWithReachedOnesRanksAboveAnIsolatedOneWithItsIntroducersNamed() {
		Answer answer = api().get("/api/v1/analytics/frontier?limit=1000", this.connector);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		JsonNode warm = entry(answer.json().get("networks"), this.warm);
		JsonNode isolated = entry(answer.json().get("networks"), this.isolated);
		assertThat(warm.get("rank").asInt()).isLessThan(isolated.get("rank").asInt());

		assertThat(warm.get("introducersTotal").asInt()).isEqualTo(2);
		List<String> names = new ArrayList<>();
		warm.get("introducers").forEach(i -> {
			names.add(i.get("person").get("displayName").asString());
			assertThat(i.get("reachedNetworks").get(0).get("id").asString()).isEqualTo(this.reached);
		});
		assertThat(names).containsExactlyInAnyOrder("Anouk I.", "Bram I.");
		assertThat(warm.get("connectors").get(0).get("displayName").asString()).isEqualTo("Connie V.");
		assertThat(warm.get("reachedRelations").get(0).get("type").asString()).isEqualTo("PART_OF");
		JsonNode terms = warm.get("terms");
		assertThat(terms.get("warmPaths").get("contributes").asDouble()).isCloseTo(3 * Math.log(3), within(1e-9));
		assertThat(terms.get("relations").get("contributes").asDouble()).isEqualTo(2.0);
		assertThat(terms.get("connectors").get("contributes").asDouble()).isEqualTo(2.0);
		// Three of five members live in Zuid, where nobody is reached (index 0): 0.6 of lift from that district.
		// Other strata (age bands, the other districts) add lift when data elsewhere in the shared database pushes
		// their representation below 1, so the total is checked against every listed stratum's shortfall.
		double lift = 0;
		boolean zuid = false;
		for (JsonNode stratum : warm.get("lift")) {
			if (stratum.get("stratum").asString().equals(this.d3)) {
				zuid = true;
				assertThat(stratum.get("members").asInt()).isEqualTo(3);
				assertThat(stratum.get("representationIndex").asDouble()).isZero();
			}
			lift += stratum.get("members").asInt() * (1 - stratum.get("representationIndex").asDouble()) / 5.0;
		}
		assertThat(zuid).isTrue();
		assertThat(lift).isGreaterThanOrEqualTo(0.6);
		assertThat(terms.get("lift").get("contributes").asDouble()).isCloseTo(4 * lift, within(1e-9));
		assertThat(warm.get("score").asDouble()).isCloseTo(3 * Math.log(3) + 2 + 2 + 4 * lift, within(1e-9));

		assertThat(isolated.get("introducersTotal").asInt()).isZero();
		assertThat(isolated.get("score").asDouble()).isCloseTo(4.0, within(1e-9));
	}

	@Test
	void overlapsByMembersAndByValues() {
		Answer members = api().get("/api/v1/analytics/overlaps?min=2&limit=10000", this.policymaker);
		assertThat(members.status()).isEqualTo(200);
		JsonNode pair = null;
		for (JsonNode candidate : members.json()) {
			if (ids(candidate).containsAll(List.of(this.reached, this.warm))) {
				pair = candidate;
			}
			assertThat(candidate.get("sharedMembers").asInt()).isGreaterThanOrEqualTo(2);
		}
		assertThat(pair).isNotNull();
		assertThat(pair.get("sharedMembers").asInt()).isEqualTo(2);
		assertThat(pair.get("jaccard").asDouble()).isCloseTo(2 / 13.0, within(1e-9));
		assertThat(pair.get("overlapCoefficient").asDouble()).isCloseTo(2 / 5.0, within(1e-9));

		Answer values = api().get("/api/v1/analytics/overlaps/values?limit=10000", this.policymaker);
		assertThat(values.status()).isEqualTo(200);
		JsonNode alike = null;
		for (JsonNode candidate : values.json()) {
			if (ids(candidate).containsAll(List.of(this.reached, this.otherReached))) {
				alike = candidate;
			}
		}
		assertThat(alike).as(values.text()).isNotNull();
		assertThat(alike.get("sharedValues").asInt()).isEqualTo(1);
		assertThat(alike.get("jaccard").asDouble()).isCloseTo(1 / 3.0, within(1e-9));
	}

	@Test
	void brokersForConnectors() {
		Answer answer = api().get("/api/v1/analytics/brokers?limit=50", this.connector);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.json().get("method").asString()).contains("Brandes & Pich 2007");
		assertThat(answer.json().get("networks").isArray()).isTrue();
		answer.json().get("people").forEach(p -> assertThat(p.get("clusters").asInt()).isGreaterThanOrEqualTo(2));
	}

	@Test
	void theNetworkGraphExportsWithoutPersonalData() {
		Answer graphml = api().get("/api/v1/export/graph.graphml", this.policymaker);
		assertThat(graphml.status()).isEqualTo(200);
		assertThat(graphml.contentType()).startsWith("application/graphml+xml");
		assertThat(graphml.text()).contains("<node id=\"" + this.warm + "\"").contains("PART_OF");
		Answer gexf = api().get("/api/v1/export/graph.gexf", this.policymaker);
		assertThat(gexf.status()).isEqualTo(200);
		assertThat(gexf.text()).contains("<gexf").contains("id=\"" + this.isolated + "\"");
		Answer csv = api().get("/api/v1/export/graph.csv", this.connector);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text().lines()).contains(this.warm + "," + this.reached + ",Directed,PART_OF,1,")
			.anyMatch(line -> line.contains(",SHARED_MEMBERS,2,") && line.contains(this.warm)
					&& line.contains(this.reached));
		for (Answer export : List.of(graphml, gexf, csv)) {
			assertThat(export.text()).doesNotContain("Anouk").doesNotContain(this.introducers.get(0));
		}
	}

	private static List<String> ids(JsonNode pair) {
		return List.of(pair.get("a").get("id").asString(), pair.get("b").get("id").asString());
	}

	private static JsonNode entry(JsonNode networks, String id) {
		for (JsonNode network : networks) {
			if (network.get("network").get("id").asString().equals(id)) {
				return network;
			}
		}
		throw new AssertionError("network " + id + " is not on the frontier");
	}

	private static JsonNode cell(JsonNode cells, String key) {
		for (JsonNode cell : cells) {
			if (cell.get("key").asString().equals(key)) {
				return cell;
			}
		}
		throw new AssertionError("no cell " + key + " in " + cells);
	}

	private static void assertCell(JsonNode cell, long population, long reached, double rate, double reachedShare,
			double populationShare, double index) {
		assertThat(cell.get("population").asLong()).isEqualTo(population);
		assertThat(cell.get("reached").asLong()).as(cell.toString()).isEqualTo(reached);
		assertThat(cell.get("rate").asDouble()).isCloseTo(rate, within(1e-9));
		assertThat(cell.get("reachedShare").asDouble()).isCloseTo(reachedShare, within(1e-9));
		assertThat(cell.get("populationShare").asDouble()).isCloseTo(populationShare, within(1e-9));
		assertThat(cell.get("representationIndex").asDouble()).isCloseTo(index, within(1e-9));
		assertThat(cell.get("suppressed").asBoolean()).isFalse();
	}

	private String member(String network, String name, String district, Integer birthYear) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("displayName", name);
		if (district != null) {
			body.put("district", district);
		}
		if (birthYear != null) {
			body.put("birthYear", birthYear);
		}
		body.put("consent", Map.of("panel", false, "contact", false));
		Answer answer = api().post("/api/v1/networks/" + network + "/members", api().admin(), body);
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.json().get("personId").asString();
	}

	private void join(String network, String person) {
		assertThat(api().post("/api/v1/networks/" + network + "/members", api().admin(), Map.of("personId", person))
			.status()).isEqualTo(201);
	}

	private void gathering(String network, List<String> attendees, List<String> values) {
		Answer answer = api().post("/api/v1/networks/" + network + "/gatherings", api().admin(),
				Map.of("heldOn", "2017-03-01", "participants", 12, "attendees", attendees, "values", values,
						"spearheads", List.of(Map.of("title", "Iets doen " + letters()))));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
	}

	private static String letters() {
		Random random = new Random();
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}

}
