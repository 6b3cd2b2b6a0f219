package nl.mijnstad.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;

/**
 * Generated hostile requests against every write endpoint — truncated JSON, wrong types, huge strings and arrays,
 * deep nesting, invalid UTF-8, control characters, injection strings, unknown fields, wrong content types — get
 * only 4xx answers as problem+json, and leave the graph as it was. {@code -Dhostile.requests=10000} for the long run.
 */
class HostileInputIT extends IntegrationTest {

	private static final int REQUESTS = Integer.getInteger("hostile.requests", 600);

	private static final List<String> INJECTIONS = List.of("\"}) MATCH (n) DETACH DELETE n //",
			"' OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "../../etc/passwd",
			"\\u0000", "ʼ; DROP CONSTRAINT network_id;");

	private record Target(String path, String validBody) {
	}

	@Test
	void hostileRequestsGetOnly4xxProblemsAndChangeNothing() {
		String network = api().network("SPORT");
		String person = api().member(network, "Doelwit D.", null);
		List<Target> targets = List.of(
				new Target("/api/v1/networks", "{\"name\": \"N\", \"kind\": \"SPORT\", \"districts\": [\"WK079601\"]}"),
				new Target("/api/v1/networks/" + network + "/members",
						"{\"displayName\": \"A\", \"district\": \"WK079601\", \"birthYear\": 1980, \"email\": \"a@example.org\", "
								+ "\"consent\": {\"panel\": true, \"contact\": false}}"),
				new Target("/api/v1/networks/" + network + "/gatherings",
						"{\"heldOn\": \"2017-01-03\", \"participants\": 5, \"attendees\": [\"" + person
								+ "\"], \"values\": [\"groen\"], \"spearheads\": [{\"title\": \"Meer bomen\", \"values\": [\"groen\"], "
								+ "\"ideas\": [{\"title\": \"Plantdag\", \"initiators\": [\"" + person + "\"]}]}]}"),
				new Target("/api/v1/networks/" + network + "/relations",
						"{\"type\": \"WORKS_WITH\", \"network\": \"" + api().network("CULTURE") + "\"}"),
				new Target("/api/v1/networks/" + network + "/connectors", "{\"personId\": \"" + person + "\"}"),
				new Target("/api/v1/accounts",
						"{\"username\": \"u" + UUID.randomUUID().toString().substring(0, 6)
								+ "\", \"password\": \"a-long-password-1\", \"roles\": [\"POLICYMAKER\"]}"));
		Random random = new Random(Long.getLong("hostile.seed", 2017));
		List<Function<String, byte[]>> mutations = mutations(random);
		long[] before = graphSize();
		List<String> wrong = new ArrayList<>();

		for (int i = 0; i < REQUESTS; i++) {
			Target target = targets.get(random.nextInt(targets.size()));
			int kind = random.nextInt(mutations.size() + 1);
			Answer answer;
			if (kind == mutations.size()) {
				String type = List.of("text/plain", "application/xml", "multipart/form-data; boundary=x",
						"application/x-www-form-urlencoded").get(random.nextInt(4));
				answer = api().postBytes(target.path(), api().admin(), target.validBody().getBytes(StandardCharsets.UTF_8), type);
			}
			else {
				answer = api().postBytes(target.path(), api().admin(), mutations.get(kind).apply(target.validBody()),
						"application/json");
			}
			if (answer.status() < 400 || answer.status() >= 500
					|| !answer.contentType().startsWith("application/problem+json")) {
				wrong.add(target.path() + " mutation " + kind + ": " + answer.status() + " " + answer.contentType() + " "
						+ answer.text().substring(0, Math.min(200, answer.text().length())));
			}
		}

		assertThat(wrong).as("answers other than a 4xx problem").isEmpty();
		assertThat(graphSize()).as("nodes and relationships after %d hostile requests", REQUESTS).isEqualTo(before);
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

	private static List<Function<String, byte[]>> mutations(Random random) {
		return List.of(
				// truncated JSON
				body -> body.substring(0, random.nextInt(body.length())).getBytes(StandardCharsets.UTF_8),
				// a field of the wrong type: an object where a scalar or a list belongs
				body -> replaceFirstValue(body, random, "{\"x\": [1, 2]}"),
				// a huge string
				body -> replaceFirstString(body, random, "x".repeat(5_000 + random.nextInt(300_000))),
				// a huge array of strings in place of a value
				body -> replaceFirstValue(body, random, "[" + "\"v\",".repeat(20_000 + random.nextInt(60_000)) + "\"v\"]"),
				// deep nesting
				body -> ("{\"name\": " + "[".repeat(2_000 + random.nextInt(50_000)) + "]".repeat(10))
					.getBytes(StandardCharsets.UTF_8),
				// invalid UTF-8 inside a string
				body -> {
					byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
					int quote = body.indexOf('"', 2) + 1;
					byte[] broken = new byte[bytes.length + 2];
					System.arraycopy(bytes, 0, broken, 0, quote);
					broken[quote] = (byte) 0xC3;
					broken[quote + 1] = (byte) 0x28;
					System.arraycopy(bytes, quote, broken, quote + 2, bytes.length - quote);
					return broken;
				},
				// control characters, escaped (valid JSON) or raw (invalid JSON)
				body -> replaceFirstString(body, random,
						random.nextBoolean() ? "abc\\u0000def\\u001b[31m" : "abc\u0001def"),
				// an unknown field, with an injection string as its value
				body -> ("{\"" + INJECTIONS.get(random.nextInt(INJECTIONS.size())).replace("\"", "").replace("\\", "")
						+ "\": 1, " + body.substring(1)).getBytes(StandardCharsets.UTF_8),
				// an injection string where an enum or id belongs
				body -> body.replace("SPORT", INJECTIONS.get(random.nextInt(INJECTIONS.size())).replace("\"", "'"))
					.replace("WK079601", "WK' OR '1'='1")
					.replace("POLICYMAKER", "ADMIN\"} MATCH (n) DETACH DELETE n //".replace("\"", "'"))
					.replace("2017-01-03", "2017-01-03' OR 1=1")
					.replace("\"A\"", "\"\"")
					.replace("WORKS_WITH", "WORKS_WITH' OR 1=1")
					.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "x' OR 'x'='x")
					.getBytes(StandardCharsets.UTF_8),
				// not an object at all
				body -> List.of("", "null", "[]", "42", "\"text\"", "{", "}", "{}}").get(random.nextInt(8))
					.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] replaceFirstValue(String body, Random random, String replacement) {
		List<Integer> colons = new ArrayList<>();
		for (int i = body.indexOf(':'); i >= 0; i = body.indexOf(':', i + 1)) {
			colons.add(i);
		}
		int colon = colons.get(random.nextInt(Math.min(2, colons.size())));
		int end = valueEnd(body, colon + 1);
		return (body.substring(0, colon + 1) + " " + replacement + body.substring(end)).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] replaceFirstString(String body, Random random, String replacement) {
		int colon = body.indexOf("\": \"");
		int start = colon + 4;
		int end = body.indexOf('"', start);
		return (body.substring(0, start) + replacement + body.substring(end)).getBytes(StandardCharsets.UTF_8);
	}

	/** The end of the JSON value starting at {@code from} (after a colon), for bodies this test writes. */
	private static int valueEnd(String body, int from) {
		int depth = 0;
		boolean inString = false;
		for (int i = from; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '"' && body.charAt(i - 1) != '\\') {
				inString = !inString;
			}
			else if (!inString && (c == '{' || c == '[')) {
				depth++;
			}
			else if (!inString && (c == '}' || c == ']')) {
				if (depth == 0) {
					return i;
				}
				depth--;
			}
			else if (!inString && c == ',' && depth == 0) {
				return i;
			}
		}
		return body.length();
	}

}
