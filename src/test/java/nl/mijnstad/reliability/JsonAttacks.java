package nl.mijnstad.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import nl.mijnstad.Api;

/**
 * Hostile variants of a valid JSON body. Each one is invalid whatever the endpoint does with the rest: it breaks
 * the syntax, the encoding or a size limit, or puts something that cannot be right where an id, enum, number or
 * date belongs (the body's strict fields).
 */
final class JsonAttacks {

	static final int KINDS = 14;

	private JsonAttacks() {
	}

	static HostileRequest attack(String method, String path, HostileInputIT.Valid valid, int kind, Random random) {
		String body = valid.body();
		String injection = HostileInputIT.INJECTIONS.get(random.nextInt(HostileInputIT.INJECTIONS.size()));
		String field = valid.strict().isEmpty() ? null : valid.strict().get(random.nextInt(valid.strict().size()));
		String type = "application/json";
		byte[] bytes = switch (kind) {
			// truncated JSON
			case 0 -> body.substring(0, random.nextInt(body.length())).getBytes(StandardCharsets.UTF_8);
			// a field of the wrong type: an object where a scalar or a list belongs
			case 1 -> replace(body, field, random, "{\"x\": [1, 2]}");
			// a huge string where an id, enum or date belongs, or in the first field
			case 2 -> replace(body, field, random, quoted("x".repeat(20_000 + random.nextInt(300_000))));
			// a huge array
			case 3 -> replace(body, field, random, "[" + "\"v\",".repeat(20_000 + random.nextInt(60_000)) + "\"v\"]");
			// deep nesting
			case 4 -> ("{\"name\": " + "[".repeat(2_000 + random.nextInt(50_000)) + "]".repeat(10))
				.getBytes(StandardCharsets.UTF_8);
			// invalid UTF-8 inside the first string
			case 5 -> invalidUtf8(body);
			// control characters, escaped (valid JSON) or raw (invalid JSON)
			case 6 -> replace(body, field, random, random.nextBoolean() ? "\"abc\\u0000def\\u001b[31m\"" : "\"abc\u0001def\"");
			// an unknown field, with an injection string as its name
			case 7 -> ("{\"" + injection.replace("\"", "").replace("\\", "") + "\": 1, " + body.substring(1))
				.getBytes(StandardCharsets.UTF_8);
			// an injection string where an id, enum, date or code belongs
			case 8 -> replace(body, field, random, quoted(injection));
			// not an object at all
			case 9 -> List.of("", "null", "[]", "42", "\"text\"", "{", "}", "{}}", "\u0000", "\uFEFF")
				.get(random.nextInt(10))
				.getBytes(StandardCharsets.UTF_8);
			// a number far beyond any range
			// (Jackson reads a number as a boolean, non-zero as true, so a boolean gets it as text)
			case 10 -> replace(body, field, random, booleanAt(body, field) ? "\"1e999999\""
					: random.nextBoolean() ? "1e999999" : "9".repeat(400));
			// JavaScript rather than JSON: single quotes, comments, NaN
			case 11 -> (random.nextBoolean() ? body.replace('"', '\'') : "/* x */ " + body.replace("}", ", \"n\": NaN}"))
				.getBytes(StandardCharsets.UTF_8);
			// over the body limit
			case 12 -> ("{\"name\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
			// the valid body, declared as something else
			default -> {
				type = List.of("text/plain", "application/xml", "multipart/form-data; boundary=x",
						"application/x-www-form-urlencoded", "application/json; charset=nonsense", "text/csv")
					.get(random.nextInt(6));
				yield body.getBytes(StandardCharsets.UTF_8);
			}
		};
		return new HostileRequest(method, path, bytes, type, Api::admin, "json " + kind + (field == null ? "" : " " + field));
	}

	private static boolean booleanAt(String body, String field) {
		return field != null && body.matches("(?s).*\"" + field + "\": (true|false).*");
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/**
	 * The body with the value of this field (its first occurrence) replaced; a list keeps being a list, of one
	 * hostile element. Without a field, the first or second value of the body is replaced.
	 */
	static byte[] replace(String body, String field, Random random, String replacement) {
		int colon;
		if (field == null) {
			colon = body.indexOf(':');
			int second = body.indexOf(':', valueEnd(body, colon + 1));
			colon = second > 0 && random.nextBoolean() ? second : colon;
		}
		else {
			colon = body.indexOf("\"" + field + "\":") + field.length() + 2;
		}
		int start = colon + 1;
		while (body.charAt(start) == ' ') {
			start++;
		}
		int end = valueEnd(body, start);
		String value = body.charAt(start) == '[' && !replacement.startsWith("[") ? "[" + replacement + "]" : replacement;
		return (body.substring(0, start) + value + body.substring(end)).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] invalidUtf8(String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		int quote = body.indexOf('"', 2) + 1;
		byte[] broken = new byte[bytes.length + 2];
		System.arraycopy(bytes, 0, broken, 0, quote);
		broken[quote] = (byte) 0xC3;
		broken[quote + 1] = (byte) 0x28;
		System.arraycopy(bytes, quote, broken, quote + 2, bytes.length - quote);
		return broken;
	}

	/** The end of the JSON value starting at or after {@code from}, for bodies this test writes. */
	private static int valueEnd(String body, int from) {
		int depth = 0;
		boolean inString = false;
		for (int i = from; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '"' && body.charAt(i - 1) != '\\') {
				inString = !inString;
				if (!inString && depth == 0) {
					return i + 1;
				}
			}
			else if (inString) {
				continue;
			}
			else if (c == '{' || c == '[') {
				depth++;
			}
			else if (c == '}' || c == ']') {
				if (depth == 0) {
					return i;
				}
				depth--;
				if (depth == 0) {
					return i + 1;
				}
			}
			else if (c == ',' && depth == 0) {
				return i;
			}
		}
		return body.length();
	}

}
