package nl.mijnstad.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import nl.mijnstad.Api;
import nl.mijnstad.IntegrationTest;
import nl.mijnstad.analytics.Analytics;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.vocabulary.Normaliser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The agenda end to end on a small city of our own, built through the API, hand-checked: networks a1, a2, a3 (SPORT,
 * Binnenstad) share their members and most values; b1, b2 (CULTURE, Zuidoost) likewise; the two groups share too
 * little to be alike, so they form two clusters. The words are nonsense so that no other test's data holds them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaApiIT extends IntegrationTest {

	private static final List<String> A_WORDS = List.of("plumbex", "snorvat", "kwiblo", "drazzle", "yompit");

	private static final List<String> B_WORDS = List.of("glimber", "trovask", "wuzzle", "brinkot", "flemmix");

	@Autowired
	Analytics analytics;

	@Autowired
	Normaliser normaliser;

	String a1, a2, a3, b1, b2;

	final List<String> personIds = new ArrayList<>();

	final List<String> personNames = List.of("Zorblina Vermeulen", "Quintijn de Frindt", "Brinka Wuzzelaar");

	String x, y, z, p, q;

	@BeforeAll
	void buildCity() throws Exception {
		this.a1 = api().network("SPORT", "WK079601");
		this.a2 = api().network("SPORT", "WK079601");
		this.a3 = api().network("SPORT", "WK079601");
		this.b1 = api().network("CULTURE", "WK079602");
		this.b2 = api().network("CULTURE", "WK079602");
		String zorblina = api().member(this.a1, this.personNames.get(0), "WK079601");
		String quintijn = api().member(this.a1, this.personNames.get(1), "WK079601");
		for (String network : List.of(this.a2, this.a3)) {
			join(network, zorblina);
			join(network, quintijn);
		}
		String brinka = api().member(this.b1, this.personNames.get(2), "WK079602");
		join(this.b2, brinka);
		this.personIds.addAll(List.of(zorblina, quintijn, brinka));

		List<String> aValues = concat(List.of("zorblax", "frindle"), A_WORDS);
		List<String> bValues = concat(List.of("zorblax"), B_WORDS);
		JsonNode g1 = submit(this.a1, "2017-05-01", List.of(zorblina), concat(aValues, List.of("quintor")),
				List.of(spearhead("Zorblax plein", "zorblax", "Zorblax buurtfeest"), spearhead("Frindle pad", null, null),
						spearhead("Quintor park <b>& banken</b>", null, null)));
		submit(this.a2, "2017-05-02", List.of(), concat(aValues, List.of("quintor")),
				List.of(spearhead("Frindle pad", null, null), spearhead("Quintor park <b>& banken</b>", null, null)));
		submit(this.a3, "2017-05-03", List.of(), aValues,
				List.of(spearhead("Quintor park <b>& banken</b>", null, null), spearhead("Zorblax plein", null, null)));
		submit(this.a1, "2019-06-01", List.of(), List.of("zorblax"), List.of(spearhead("Zorblax plein", null, null)));
		submit(this.b1, "2017-06-01", List.of(brinka), concat(bValues, List.of("quintor")),
				List.of(spearhead("Glimber markt", null, null), spearhead("Trovask tuin", null, null)));
		submit(this.b2, "2017-06-02", List.of(), bValues,
				List.of(spearhead("Trovask tuin", null, null), spearhead("Glimber markt", null, null)));
		this.x = g1.get("spearheads").get(0).get("key").asString();
		this.y = g1.get("spearheads").get(1).get("key").asString();
		this.z = g1.get("spearheads").get(2).get("key").asString();
		this.p = this.normaliser.key("Glimber markt");
		this.q = this.normaliser.key("Trovask tuin");
		this.analytics.awaitFresh(Duration.ofSeconds(30));
	}

	@Test
	void myNetworksFormTwoClustersWithTheirDistinctiveValues() {
		JsonNode clusters = get("/api/v1/analytics/clusters");
		JsonNode a = clusterOf(clusters, this.a1);
		JsonNode b = clusterOf(clusters, this.b1);
		assertThat(ids(a.get("networks"))).containsExactlyInAnyOrder(this.a1, this.a2, this.a3);
		assertThat(ids(b.get("networks"))).containsExactlyInAnyOrder(this.b1, this.b2);
		assertThat(a.get("size").asInt()).isEqualTo(3);
		assertThat(a.get("reached").asInt()).isEqualTo(3);
		assertThat(a.get("kinds").get("SPORT").asInt()).isEqualTo(3);
		JsonNode frindle = find(a.get("values"), "key", key("frindle"));
		assertThat(frindle.get("holdersInCluster").asInt()).isEqualTo(3);
		assertThat(frindle.get("clusterSize").asInt()).isEqualTo(3);
		assertThat(frindle.get("z").asDouble()).isGreaterThan(1.6449);
		assertThat(frindle.get("repness").asDouble()).isGreaterThan(1);
		assertThat(keys(b.get("values"))).contains(key("glimber")).doesNotContain(key("frindle"));
	}

	@Test
	void valuesAreRankedByNetworksThenConsensusAndConsensusFollowsTheFormula() {
		JsonNode values = get("/api/v1/analytics/values");
		List<String> order = keys(values);
		String zorblax = key("zorblax");
		String quintor = key("quintor");
		String frindle = key("frindle");
		// zorblax: all 5. quintor: a1, a2, b1 (3, across both clusters). frindle: a1, a2, a3 (3, one cluster).
		assertThat(order.indexOf(zorblax)).isLessThan(order.indexOf(quintor));
		assertThat(order.indexOf(quintor)).isLessThan(order.indexOf(frindle));
		JsonNode zv = find(values, "key", zorblax);
		JsonNode qv = find(values, "key", quintor);
		JsonNode fv = find(values, "key", frindle);
		assertThat(zv.get("networks").asInt()).isEqualTo(5);
		assertThat(zv.get("gatherings").asInt()).isEqualTo(6);
		assertThat(zv.get("clusters").asInt()).isEqualTo(2);
		assertThat(fv.get("networks").asInt()).isEqualTo(3);
		assertThat(fv.get("clusters").asInt()).isEqualTo(1);
		assertThat(qv.get("networks").asInt()).isEqualTo(3);
		// Every other cluster holds none of these words, so its factor cancels in a ratio: with N_A = 3, N_B = 2,
		// zorblax (4/5)(3/4), quintor (3/5)(2/4), frindle (4/5)(1/4).
		double zc = zv.get("consensus").asDouble();
		assertThat(zc / qv.get("consensus").asDouble()).isCloseTo((0.8 * 0.75) / (0.6 * 0.5), within(1e-9));
		assertThat(zc / fv.get("consensus").asDouble()).isCloseTo((0.8 * 0.75) / (0.8 * 0.25), within(1e-9));
		// And in full, over every cluster of the shared database: Π_g (n_g + 1) / (N_g + 2).
		Map<Integer, Integer> reached = reachedPerCluster(this.analytics.snapshot());
		int clusterA = clusterId(this.a1);
		int clusterB = clusterId(this.b1);
		double expected = 1;
		double mean = 0;
		for (Map.Entry<Integer, Integer> cluster : reached.entrySet()) {
			int holders = cluster.getKey() == clusterA ? 3 : cluster.getKey() == clusterB ? 2 : 0;
			expected *= (holders + 1.0) / (cluster.getValue() + 2.0);
			mean += (holders + 1.0) / (cluster.getValue() + 2.0) / reached.size();
		}
		assertThat(reached.get(clusterA)).isEqualTo(3);
		assertThat(reached.get(clusterB)).isEqualTo(2);
		assertThat(zc).isCloseTo(expected, within(expected * 1e-9));
		assertThat(zv.get("meanAgreement").asDouble()).isCloseTo(mean, within(1e-9));
		double spread = Math.exp(-(0.6 * Math.log(0.6) + 0.4 * Math.log(0.4)));
		assertThat(zv.get("diversity").get("kinds").asDouble()).isCloseTo(spread, within(1e-9));
		assertThat(zv.get("diversity").get("districts").asDouble()).isCloseTo(spread, within(1e-9));
		assertThat(fv.get("diversity").get("kinds").asDouble()).isEqualTo(1.0);
		assertThat(zv.get("label").asString()).isEqualTo("zorblax");
	}

	@Test
	void valuesFilterByDistrictKindAndPeriod() {
		String zorblax = key("zorblax");
		assertThat(find(get("/api/v1/analytics/values?district=WK079602"), "key", zorblax).get("networks").asInt())
			.isEqualTo(2);
		assertThat(find(get("/api/v1/analytics/values?kind=sport"), "key", zorblax).get("networks").asInt())
			.isEqualTo(3);
		JsonNode recent = find(get("/api/v1/analytics/values?from=2019-01-01&to=2019-12-31"), "key", zorblax);
		assertThat(recent.get("networks").asInt()).isEqualTo(1);
		assertThat(recent.get("gatherings").asInt()).isEqualTo(1);
		assertThat(keys(get("/api/v1/analytics/values?from=2019-01-01"))).doesNotContain(key("frindle"));
		assertThat(keys(get("/api/v1/analytics/values?district=WK079601&to=2018-01-01"))).contains(key("frindle"))
			.doesNotContain(key("glimber"));
	}

	@Test
	void badFiltersAreProblemsNamingTheParameter() {
		assertProblem("/api/v1/analytics/values?kind=KNITTING", 422, "kind");
		assertProblem("/api/v1/analytics/values?district=WK000000", 422, "district");
		assertProblem("/api/v1/analytics/values?from=2017-02-30", 422, "from");
		assertProblem("/api/v1/analytics/values?to=morgen", 422, "to");
		assertProblem("/api/v1/analytics/values?from=2018-01-01&to=2017-01-01", 422, "from");
		assertProblem("/api/v1/analytics/spearheads?cluster=abc", 422, "cluster");
		assertProblem("/api/v1/analytics/spearheads?method=condorcet", 422, "method");
		assertProblem("/api/v1/analytics/profile?format=pdf", 422, "format");
		Api.Answer unknown = api().get("/api/v1/analytics/spearheads?cluster=987654", api().admin());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
	}

	@Test
	void schulzeRanksTheClustersBallotsAndReportsTies() {
		// Cluster A ballots: [x y z], [y z], [z x], [x]: x beats y 3:1, y beats z 2:1, x and z 2:2; x→y→z is the
		// strongest path from x to z (2) and z has none back, so x, y, z.
		JsonNode a = get("/api/v1/analytics/spearheads?cluster=" + clusterId(this.a1));
		assertThat(a.get("method").asString()).isEqualTo("schulze");
		assertThat(a.get("ballots").asInt()).isEqualTo(4);
		assertThat(keys(a.get("ranking"))).containsExactly(this.x, this.y, this.z);
		assertThat(ints(a.get("ranking"), "rank")).containsExactly(1, 2, 3);
		assertThat(ints(a.get("ranking"), "beats")).containsExactly(2, 1, 0);
		assertThat(a.get("ranking").get(0).get("tied").asBoolean()).isFalse();
		assertThat(a.get("ranking").get(0).get("title").asString()).isEqualTo("Zorblax plein");
		assertThat(a.get("ranking").get(0).get("values").get(0).get("key").asString()).isEqualTo(key("zorblax"));
		assertThat(a.get("ranking").get(0).has("points")).isFalse();
		assertThat(a.has("matrix")).isFalse();
		// Borda (3 candidates): x 2+0+1+2 = 5, y 1+2+0+0.5 = 3.5, z 0+1+2+0.5 = 3.5: tied.
		JsonNode borda = get("/api/v1/analytics/spearheads?method=borda&cluster=" + clusterId(this.a1));
		assertThat(borda.get("method").asString()).isEqualTo("borda");
		assertThat(borda.get("ranking").get(0).get("key").asString()).isEqualTo(this.x);
		assertThat(borda.get("ranking").get(0).get("points").asDouble()).isEqualTo(5.0);
		assertThat(ints(borda.get("ranking"), "rank")).containsExactly(1, 2, 2);
		assertThat(borda.get("ranking").get(1).get("tied").asBoolean()).isTrue();
		assertThat(borda.get("ranking").get(1).get("points").asDouble()).isEqualTo(3.5);
		// Cluster B: [p q] against [q p]: a tie for first place.
		JsonNode b = get("/api/v1/analytics/spearheads?cluster=" + clusterId(this.b1));
		assertThat(keys(b.get("ranking"))).containsExactly(this.p, this.q);
		assertThat(ints(b.get("ranking"), "rank")).containsExactly(1, 1);
		assertThat(b.get("ranking").get(1).get("tied").asBoolean()).isTrue();
	}

	@Test
	void explainGivesThePairwiseCountsInRankingOrder() {
		JsonNode matrix = get("/api/v1/analytics/spearheads?explain=true&cluster=" + clusterId(this.a1)).get("matrix");
		assertThat(StreamSupport.stream(matrix.get("candidates").spliterator(), false).map(JsonNode::asString))
			.containsExactly(this.x, this.y, this.z);
		assertThat(row(matrix.get("preferences"), 0)).containsExactly(0, 3, 2);
		assertThat(row(matrix.get("preferences"), 1)).containsExactly(1, 0, 2);
		assertThat(row(matrix.get("preferences"), 2)).containsExactly(2, 1, 0);
		assertThat(row(matrix.get("strongestPaths"), 0)).containsExactly(0, 3, 2);
		assertThat(row(matrix.get("strongestPaths"), 2)).containsExactly(0, 0, 0);
		assertThat(matrix.get("truncated").asBoolean()).isFalse();
	}

	@Test
	void overallRankingPutsMySpearheadsInTheirOrder() {
		List<String> overall = keys(get("/api/v1/analytics/spearheads").get("ranking"));
		assertThat(overall).contains(this.x, this.y, this.z, this.p, this.q);
	}

	@Test
	void theProfileIsDutchHtmlByDefaultAndMarkdownOnRequest() throws Exception {
		HttpResponse<String> html = fetch("/api/v1/analytics/profile", null);
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(html.body()).contains("<html lang=\"nl\">", "Stip op de horizon", "@media print")
			.doesNotContain("<b>& banken");
		HttpResponse<String> md = fetch("/api/v1/analytics/profile", "text/markdown");
		assertThat(md.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
		assertThat(md.body()).startsWith("# Stip op de horizon");
		HttpResponse<String> format = fetch("/api/v1/analytics/profile?format=md", "text/html");
		assertThat(format.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
		assertThat(fetch("/api/v1/analytics/profile", "application/json").statusCode()).isEqualTo(406);
		// The example idea shows under its spearhead when that spearhead is in the profile's top.
		List<String> top = keys(get("/api/v1/analytics/spearheads").get("ranking")).subList(0, 1);
		if (top.contains(this.x)) {
			assertThat(md.body()).contains("Zorblax buurtfeest");
		}
	}

	@Test
	void everyRoleReadsTheAgendaAndItHoldsNoPersonalData() throws Exception {
		List<String> paths = List.of("/api/v1/analytics/values", "/api/v1/analytics/spearheads?explain=true",
				"/api/v1/analytics/clusters", "/api/v1/analytics/profile", "/api/v1/analytics/profile?format=md");
		for (String path : paths) {
			assertThat(api().get(path, null).status()).as(path).isEqualTo(401);
		}
		for (String role : List.of("ADMIN", "POLICYMAKER", "CONNECTOR", "PANEL_ADMIN", "NETWORK_HOLDER")) {
			String auth = role.equals("NETWORK_HOLDER") ? api().account(role, this.a1) : api().account(role);
			for (String path : paths) {
				Api.Answer answer = api().get(path, auth);
				assertThat(answer.status()).as(role + " " + path).isEqualTo(200);
				for (String personal : personalData()) {
					assertThat(answer.text()).as(role + " " + path).doesNotContainIgnoringCase(personal);
				}
			}
		}
	}

	@Test
	void aSubmissionShowsInTheValuesWithinSeconds() throws Exception {
		String network = api().network("HOBBY", "WK079603");
		String vrimbel = key("vrimbel");
		long started = System.nanoTime();
		submit(network, "2017-08-01", List.of(), List.of("vrimbel"), List.of(spearhead("Vrimbel hoek", null, null)));
		long deadline = started + Duration.ofSeconds(30).toNanos();
		boolean seen = false;
		while (!seen && System.nanoTime() < deadline) {
			seen = keys(get("/api/v1/analytics/values")).contains(vrimbel);
			if (!seen) {
				Thread.sleep(50);
			}
		}
		assertThat(seen).isTrue();
		System.out.printf("agenda: a submission showed in /values after %d ms%n",
				(System.nanoTime() - started) / 1_000_000);
	}

	// Helpers

	private List<String> personalData() {
		List<String> personal = new ArrayList<>(this.personIds);
		for (String name : this.personNames) {
			personal.add(name);
			personal.add(name.toLowerCase().replaceAll("[^a-z]", "") + "@example.org");
		}
		return personal;
	}

	private String key(String wording) {
		return this.normaliser.key(wording);
	}

	private int clusterId(String network) {
		Snapshot snapshot = this.analytics.snapshot();
		return snapshot.clusterOfNetwork()[snapshot.projection().networkIndex().get(network)];
	}

	private static Map<Integer, Integer> reachedPerCluster(Snapshot snapshot) {
		Map<Integer, Integer> reached = new HashMap<>();
		for (GraphProjection.Network network : snapshot.projection().networks()) {
			if (network.reached()) {
				reached.merge(snapshot.clusterOfNetwork()[network.index()], 1, Integer::sum);
			}
		}
		return reached;
	}

	private void join(String network, String personId) {
		Api.Answer answer = api().post("/api/v1/networks/" + network + "/members", api().admin(),
				Map.of("personId", personId));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
	}

	private JsonNode submit(String network, String heldOn, List<String> attendees, List<String> values,
			List<Map<String, Object>> spearheads) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("heldOn", heldOn);
		body.put("participants", 12);
		body.put("attendees", attendees);
		body.put("values", values);
		body.put("spearheads", spearheads);
		Api.Answer answer = api().post("/api/v1/networks/" + network + "/gatherings", api().admin(), body);
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.json();
	}

	private static Map<String, Object> spearhead(String title, String value, String idea) {
		Map<String, Object> spearhead = new LinkedHashMap<>();
		spearhead.put("title", title);
		if (value != null) {
			spearhead.put("values", List.of(value));
		}
		if (idea != null) {
			spearhead.put("ideas", List.of(Map.of("title", idea, "status", "RUNNING")));
		}
		return spearhead;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private JsonNode get(String path) {
		Api.Answer answer = api().get(path, api().admin());
		assertThat(answer.status()).as(path + ": " + answer.text()).isEqualTo(200);
		return answer.json();
	}

	private HttpResponse<String> fetch(String path, String accept) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", api().admin());
		if (accept != null) {
			request.header("Accept", accept);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void assertProblem(String path, int status, String field) {
		Api.Answer answer = api().get(path, api().admin());
		assertThat(answer.status()).as(path + ": " + answer.text()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(StreamSupport.stream(answer.json().get("errors").spliterator(), false)
			.map(e -> e.get("field").asString())).as(path).contains(field);
	}

	private static JsonNode clusterOf(JsonNode clusters, String network) {
		for (JsonNode cluster : clusters) {
			if (ids(cluster.get("networks")).contains(network)) {
				return cluster;
			}
		}
		throw new AssertionError("network " + network + " is in no cluster");
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (node.get(field).asString().equals(value)) {
				return node;
			}
		}
		throw new AssertionError("no " + field + " = " + value + " in " + array);
	}

	private static List<String> ids(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asString()).toList();
	}

	private static List<String> keys(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("key").asString()).toList();
	}

	private static List<Integer> ints(JsonNode array, String field) {
		return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asInt()).toList();
	}

	private static List<Integer> row(JsonNode matrix, int i) {
		return StreamSupport.stream(matrix.get(i).spliterator(), false).map(JsonNode::asInt).toList();
	}


}
