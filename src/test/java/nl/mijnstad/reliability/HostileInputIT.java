package nl.mijnstad.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import nl.mijnstad.Api;
import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Generated hostile requests against every write endpoint of the API (every POST, PUT, PATCH and DELETE under
 * {@code /api}, taken from the application's own route list, so a new endpoint is attacked without anyone adding
 * it here): truncated and malformed JSON, wrong types, huge strings, arrays and numbers, deep nesting, invalid
 * UTF-8, control characters, Cypher-, script- and formula-injection strings where an id, enum, date or code
 * belongs, unknown fields, wrong content types, malformed CSV, hostile path segments and credentials. Every answer
 * is a 4xx as problem+json, and the graph is exactly as it was: the same nodes and relationships with the same
 * labels, types and properties. {@code -Dhostile.requests=10000} for the long run.
 */
class HostileInputIT extends IntegrationTest {

	private static final int REQUESTS = Integer.getInteger("hostile.requests", 600);

	/**
	 * Failed password logins the test may cause: the login throttle counts them per client address, and every test
	 * of this run comes from the same address.
	 */
	private static final int PASSWORD_ATTEMPTS = 8;

	static final List<String> INJECTIONS = List.of("\"}) MATCH (n) DETACH DELETE n //", "' OR 1=1 --",
			"<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "../../etc/passwd", "\\u0000",
			"ʼ; DROP CONSTRAINT network_id;", "=HYPERLINK(\"http://127.0.0.1\")", "@SUM(1+1)*cmd|' /C calc'!A0",
			"<img src=x onerror=alert(1)>", "') RETURN 1 UNION CALL dbms.killQueries([]) //");

	/** Path segments that name nothing, some of them hostile; percent-encoded as a client would send them. */
	private static final List<String> HOSTILE_SEGMENTS = List.of(UUID.randomUUID().toString(), "x'%20OR%20'1'='1",
			"%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%00", "%C3%28", "%E2%80%AE%01", "a".repeat(3_000), "..",
			"%0D%0ASet-Cookie:%20x=1", "%7B%7B7*7%7D%7D", "%22%7D)%20MATCH%20(n)%20DETACH%20DELETE%20n%20//", "null",
			"-1", "9".repeat(40));

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** A write route as Spring maps it, with whether its handler reads a body. */
	record Route(String method, String pattern, boolean body, Set<String> consumes) {

		String key() {
			return this.method + " " + this.pattern;
		}

		boolean csv() {
			return this.consumes.contains("text/csv");
		}

		boolean variables() {
			return this.pattern.contains("{");
		}

	}

	/**
	 * A request the route would accept: its path values and body, and the fields (JSON) or columns (CSV) that must
	 * hold an id, an enum, a number, a date or a code, so that anything hostile there makes the request invalid.
	 */
	record Valid(Map<String, String> path, String body, List<String> strict) {
	}

	@Test
	void hostileRequestsToEveryWriteEndpointGetOnly4xxProblemsAndChangeNothing() {
		Map<String, Valid> valid = validRequests();
		List<Route> routes = writeRoutes();
		assertThat(routes).as("write routes found").hasSizeGreaterThanOrEqualTo(19);
		Set<String> stale = new TreeSet<>(valid.keySet());
		routes.forEach(route -> stale.remove(route.key()));
		assertThat(stale).as("valid requests kept here for routes that no longer exist").isEmpty();

		Random random = new Random(Long.getLong("hostile.seed", 2017));
		GraphFingerprint before = GraphFingerprint.of(this.driver);
		Map<String, Integer> perRoute = new TreeMap<>();
		List<String> wrong = new ArrayList<>();
		int passwordAttempts = 0;

		// Every route meets every kind of attack at least once; then random ones until the count is reached.
		List<Attack> attacks = new ArrayList<>();
		for (Route route : routes) {
			Valid request = valid.getOrDefault(route.key(), fallback(route));
			for (int kind = 0; kind < kinds(route, request); kind++) {
				attacks.add(new Attack(route, request, kind));
			}
		}
		while (attacks.size() < REQUESTS) {
			Route route = routes.get(random.nextInt(routes.size()));
			Valid request = valid.getOrDefault(route.key(), fallback(route));
			attacks.add(new Attack(route, request, random.nextInt(kinds(route, request))));
		}
		for (Attack attack : attacks) {
			if (attack.usesPassword() && passwordAttempts++ >= PASSWORD_ATTEMPTS) {
				continue;
			}
			HostileRequest request = attack.build(random);
			Answer answer = request.send(api());
			perRoute.merge(attack.route().key(), 1, Integer::sum);
			if (answer.status() < 400 || answer.status() >= 500
					|| !answer.contentType().startsWith("application/problem+json")) {
				wrong.add(attack.route().key() + " [" + request.description() + "]: " + answer.status() + " "
						+ answer.contentType() + " " + answer.text().substring(0, Math.min(300, answer.text().length())));
			}
		}

		assertThat(wrong).as("answers other than a 4xx problem, of %d hostile requests: %s", attacks.size(), perRoute)
			.isEmpty();
		assertThat(GraphFingerprint.of(this.driver)).as("the graph after %d hostile requests", attacks.size())
			.isEqualTo(before);
	}

	@Test
	void injectionStringsInValidRequestsAreStoredAsTextAndNothingElseChanges() {
		String injection = INJECTIONS.get(0) + " " + INJECTIONS.get(2);
		long networks = count("MATCH (n:Network) RETURN count(n)");

		Answer created = api().post("/api/v1/networks", api().admin(),
				Map.of("name", injection + " " + UUID.randomUUID(), "kind", "OTHER", "description", INJECTIONS.get(1)));

		assertThat(created.status()).isEqualTo(201);
		assertThat(api().get("/api/v1/networks/" + created.id(), api().admin()).json().get("name").asString())
			.startsWith(injection);
		assertThat(count("MATCH (n:Network) RETURN count(n)")).isEqualTo(networks + 1);
	}

	private List<Route> writeRoutes() {
		List<Route> routes = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			boolean body = java.util.Arrays.stream(handler.getMethodParameters())
				.anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
			Set<String> consumes = new TreeSet<>();
			info.getConsumesCondition().getConsumableMediaTypes().forEach(type -> consumes.add(type.toString()));
			for (RequestMethod method : info.getMethodsCondition().getMethods()) {
				if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
					continue;
				}
				for (String pattern : info.getPatternValues()) {
					// A route that reads no body, no path value and no credentials takes no input to attack
					// (the outbox delivery); every other write route is attacked.
					boolean input = body || pattern.contains("{") || pattern.startsWith("/api/v1/tokens");
					if (pattern.startsWith("/api/") && input) {
						routes.add(new Route(method.name(), pattern, body, consumes));
					}
				}
			}
		});
		routes.sort(java.util.Comparator.comparing(Route::key));
		return routes;
	}

	/**
	 * What each write route accepts, built on data made here; a route not listed is attacked with a made-up body
	 * and made-up path values, which covers everything but the attacks on its own fields.
	 */
	private Map<String, Valid> validRequests() {
		String network = api().network("SPORT", "WK079601");
		String other = api().network("CULTURE");
		String person = api().member(network, "Doelwit D.", "WK079601");
		Answer gathering = api().post("/api/v1/networks/" + network + "/gatherings", api().admin(),
				"{\"heldOn\": \"2017-01-03\", \"participants\": 5, \"attendees\": [\"" + person + "\"], \"values\": "
						+ "[\"groen\"], \"spearheads\": [{\"title\": \"Meer bomen\", \"values\": [\"groen\"], \"ideas\": "
						+ "[{\"title\": \"Plantdag\", \"initiators\": [\"" + person + "\"]}]}]}");
		assertThat(gathering.status()).as(gathering.text()).isEqualTo(201);
		String idea = gathering.json().get("spearheads").get(0).get("ideas").get(0).get("id").asString();
		Answer consultation = api().post("/api/v1/consultations", api().admin(),
				"{\"title\": \"Doelwit\", \"question\": \"Wat vindt u?\", \"type\": \"OPEN\", \"closesAt\": "
						+ "\"2099-01-01T00:00:00Z\"}");
		assertThat(consultation.status()).as(consultation.text()).isEqualTo(201);
		String networkName = api().get("/api/v1/networks/" + network, api().admin()).json().get("name").asString();
		String targeting = "{\"size\": 2, \"method\": \"MAXIMIN\", \"seed\": 7, \"filters\": {\"districts\": "
				+ "[\"WK079601\"], \"networkKinds\": [\"SPORT\"]}, \"stratifyBy\": [\"DISTRICT\"]}";

		Map<String, Valid> valid = new LinkedHashMap<>();
		valid.put("POST /api/v1/networks", new Valid(Map.of(),
				"{\"name\": \"N\", \"kind\": \"SPORT\", \"districts\": [\"WK079601\"]}", List.of("kind", "districts")));
		valid.put("POST /api/v1/networks/{id}/members", new Valid(Map.of("id", network),
				"{\"displayName\": \"A\", \"district\": \"WK079601\", \"birthYear\": 1980, \"email\": \"a@example.org\", "
						+ "\"consent\": {\"panel\": true, \"contact\": false}}",
				List.of("district", "birthYear", "email", "panel")));
		valid.put("POST /api/v1/networks/{id}/gatherings", new Valid(Map.of("id", network),
				"{\"heldOn\": \"2017-01-03\", \"participants\": 5, \"attendees\": [\"" + person + "\"], \"values\": "
						+ "[\"groen\"], \"spearheads\": [{\"title\": \"Meer bomen\", \"values\": [\"groen\"], \"ideas\": "
						+ "[{\"title\": \"Plantdag\", \"status\": \"PLANNED\", \"initiators\": [\"" + person + "\"]}]}]}",
				List.of("heldOn", "participants", "attendees", "status", "initiators")));
		valid.put("POST /api/v1/networks/{id}/relations", new Valid(Map.of("id", network),
				"{\"type\": \"WORKS_WITH\", \"network\": \"" + other + "\"}", List.of("type", "network")));
		valid.put("POST /api/v1/networks/{id}/connectors", new Valid(Map.of("id", network),
				"{\"personId\": \"" + person + "\"}", List.of("personId")));
		valid.put("POST /api/v1/accounts", new Valid(Map.of(),
				"{\"username\": \"u" + UUID.randomUUID().toString().substring(0, 6)
						+ "\", \"password\": \"a-long-password-1\", \"roles\": [\"POLICYMAKER\"], \"networks\": [\""
						+ network + "\"]}",
				List.of("roles", "networks")));
		valid.put("POST /api/v1/ideas/{id}/status", new Valid(Map.of("id", idea),
				"{\"status\": \"RUNNING\", \"on\": \"2017-02-01\", \"note\": \"begonnen\"}", List.of("status", "on")));
		valid.put("POST /api/v1/people/{id}/consents", new Valid(Map.of("id", person),
				"{\"purpose\": \"CONTACT\", \"given\": false}", List.of("purpose", "given")));
		valid.put("POST /api/v1/consultations", new Valid(Map.of(),
				"{\"title\": \"T\", \"question\": \"Q?\", \"type\": \"SINGLE_CHOICE\", \"options\": [\"ja\", \"nee\"], "
						+ "\"closesAt\": \"2099-01-01T00:00:00Z\"}",
				List.of("type", "closesAt")));
		valid.put("POST /api/v1/consultations/{id}/selection/preview",
				new Valid(Map.of("id", consultation.id()), targeting, List.of("size", "method", "networkKinds", "stratifyBy")));
		valid.put("POST /api/v1/consultations/{id}/invitations",
				new Valid(Map.of("id", consultation.id()), targeting, List.of("size", "method", "networkKinds", "stratifyBy")));
		valid.put("POST /api/v1/imports/networks", new Valid(Map.of(),
				"network,kind,districts,description,displayName,district,birthYear,email,phone,consentPanel,"
						+ "consentContact,role\nVijandig netwerk,HOBBY,WK079601,Elke dinsdag,Anna B.,WK079601,1958,"
						+ "anna@example.org,,ja,nee,HOLDER\n",
				List.of("kind", "districts", "birthYear", "email", "consentPanel", "role")));
		valid.put("POST /api/v1/imports/gatherings", new Valid(Map.of(),
				"gathering,network,heldOn,participants,values,spearheadRank,spearhead,idea,ideaDescription,ideaStatus\n"
						+ "v-1," + networkName + ",2017-01-03,23,groen,1,Meer groen,Buurtakker,Een moestuin,PLANNED\n",
				List.of("network", "heldOn", "participants", "spearheadRank", "ideaStatus")));
		valid.put("POST /api/v1/reference/districts", new Valid(Map.of(),
				"code,name,population\nWK079601,Centrum,18000\n", List.of("code", "population")));
		// No valid request is kept for these: every path value they get names nothing.
		valid.put("POST /api/v1/vocabulary/values/{key}/merge-into/{other}", new Valid(Map.of(), "", List.of()));
		valid.put("POST /api/v1/vocabulary/spearheads/{key}/merge-into/{other}", new Valid(Map.of(), "", List.of()));
		valid.put("DELETE /api/v1/people/{id}", new Valid(Map.of(), "", List.of()));
		valid.put("POST /api/v1/tokens", new Valid(Map.of(), "", List.of()));
		valid.put("DELETE /api/v1/tokens/current", new Valid(Map.of(), "", List.of()));
		return valid;
	}

	private static Valid fallback(Route route) {
		return new Valid(Map.of(), route.csv() ? "a,b\n1,2\n" : "{\"name\": \"x\", \"items\": [\"a\"]}", List.of());
	}

	/** How many kinds of attack a route can meet. */
	private static int kinds(Route route, Valid request) {
		if (route.pattern().startsWith("/api/v1/tokens")) {
			return Credentials.KINDS;
		}
		if (!route.body()) {
			return 1; // hostile path values only: a body-less route with a path that names something would act
		}
		return (route.variables() ? 1 : 0) + (route.csv() ? CsvAttacks.KINDS : JsonAttacks.KINDS);
	}

	private record Attack(Route route, Valid valid, int kind) {

		boolean usesPassword() {
			return this.route.pattern().startsWith("/api/v1/tokens") && Credentials.usesPassword(this.kind);
		}

		HostileRequest build(Random random) {
			if (this.route.pattern().startsWith("/api/v1/tokens")) {
				return Credentials.attack(this.route, this.kind, random);
			}
			if (!this.route.body()) {
				return new HostileRequest(this.route.method(), path(true, random), null, null, Api::admin, "hostile path");
			}
			// A route whose path names something gets hostile path values with a valid body as its first attack.
			int attack = this.route.variables() ? this.kind - 1 : this.kind;
			if (attack < 0) {
				return new HostileRequest(this.route.method(), path(true, random),
						this.valid.body().getBytes(StandardCharsets.UTF_8), this.route.csv() ? "text/csv" : "application/json",
						Api::admin, "hostile path, valid body");
			}
			String path = path(this.valid.path().isEmpty(), random);
			return this.route.csv() ? CsvAttacks.attack(this.route.method(), path, this.valid, attack, random)
					: JsonAttacks.attack(this.route.method(), path, this.valid, attack, random);
		}

		/** The route's path with its valid values, or with one of them (or any that has none) made hostile. */
		private String path(boolean hostile, Random random) {
			String path = this.route.pattern();
			List<String> names = new ArrayList<>();
			java.util.regex.Matcher variable = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
			while (variable.find()) {
				names.add(variable.group(1));
			}
			String target = names.isEmpty() ? null : names.get(random.nextInt(names.size()));
			for (String name : names) {
				String value = this.valid.path().get(name);
				if (value == null || hostile && name.equals(target)) {
					value = HOSTILE_SEGMENTS.get(random.nextInt(HOSTILE_SEGMENTS.size()));
				}
				path = path.replace("{" + name + "}", value);
			}
			return path;
		}

	}

	/** Hostile credentials for the token routes: the only input they take. */
	static final class Credentials {

		static final int KINDS = 6;

		static boolean usesPassword(int kind) {
			return kind <= 1;
		}

		static HostileRequest attack(Route route, int kind, Random random) {
			String injection = INJECTIONS.get(random.nextInt(INJECTIONS.size()));
			// A header value is ASCII on the wire; the rest of an injection string goes inside Base64.
			String ascii = injection.replaceAll("[^\\x20-\\x7e]", "").replace("\"", "").replace("\\", "");
			String header = switch (kind) {
				// a wrong password, with an injection string as the user name
				case 0 -> basic(injection + ":" + injection);
				// a user name with control characters and invalid UTF-8
				case 1 -> "Basic " + Base64.getEncoder().encodeToString(new byte[] { 'a', 1, (byte) 0xC3, 0x28, ':', 'x' });
				// not Base64 at all
				case 2 -> "Basic " + ascii;
				// a bearer token that was never issued, and one with an injection string
				case 3 -> "Bearer ms_" + UUID.randomUUID();
				case 4 -> "Bearer " + ascii;
				// an empty or unknown scheme
				default -> random.nextBoolean() ? "Bearer " : "Digest username=\"admin\"";
			};
			String description = "credentials " + kind;
			return new HostileRequest(route.method(), route.pattern(), "{}".getBytes(StandardCharsets.UTF_8),
					"application/json", api -> header, description);
		}

		private static String basic(String credentials) {
			return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
		}

	}

}
