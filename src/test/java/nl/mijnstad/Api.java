package nl.mijnstad;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: real requests to the running service, JSON in and out. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	public Api(int port) {
		this.port = port;
	}

	public int port() {
		return this.port;
	}

	/** An answer: status, headers and the body parsed as JSON (null when empty or not JSON). */
	public record Answer(int status, java.net.http.HttpHeaders headers, String text, JsonNode json) {

		public String contentType() {
			return this.headers.firstValue("Content-Type").orElse("");
		}

		public String id() {
			return this.json.get("id").asString();
		}

	}

	public static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static String bearer(String token) {
		return "Bearer " + token;
	}

	private static final Map<Integer, String> ADMIN_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * The admin's credentials as a bearer token, issued once per test run: HTTP Basic costs a password hash on
	 * every request, which would dominate the test time.
	 */
	public String admin() {
		return ADMIN_TOKENS.computeIfAbsent(this.port, port -> {
			Answer issued = post("/api/v1/tokens", basic("admin", IntegrationTest.ADMIN_PASSWORD), "");
			if (issued.status() != 201) {
				throw new IllegalStateException("Could not get an admin token: " + issued.text());
			}
			return bearer(issued.json().get("token").asString());
		});
	}

	public Answer get(String path, String auth) {
		return send(request(path, auth).GET(), Map.of());
	}

	public Answer get(String path, String auth, Map<String, String> headers) {
		return send(request(path, auth).GET(), headers);
	}

	public Answer delete(String path, String auth) {
		return send(request(path, auth).DELETE(), Map.of());
	}

	public Answer post(String path, String auth, Object body) {
		return post(path, auth, body, Map.of());
	}

	public Answer post(String path, String auth, Object body, Map<String, String> headers) {
		String text = body instanceof String s ? s : JSON.writeValueAsString(body);
		return send(request(path, auth).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(text)), headers);
	}

	/** Any method with a JSON body (PUT, PATCH, POST, DELETE). */
	public Answer send(String method, String path, String auth, String body) {
		return send(request(path, auth).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body)), Map.of());
	}

	public Answer postBytes(String path, String auth, byte[] body, String contentType) {
		return send(request(path, auth).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)), Map.of());
	}

	/** Posts the body chunked, without a Content-Length, as a client streaming an upload of unknown size does. */
	public Answer postChunked(String path, String auth, byte[] body, String contentType) {
		return send(request(path, auth).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))), Map.of());
	}

	private HttpRequest.Builder request(String path, String auth) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (auth != null) {
			builder.header("Authorization", auth);
		}
		return builder;
	}

	private Answer send(HttpRequest.Builder builder, Map<String, String> headers) {
		headers.forEach(builder::header);
		try {
			HttpResponse<String> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = null;
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (type.contains("json") && !response.body().isEmpty()) {
				json = JSON.readTree(response.body());
			}
			return new Answer(response.statusCode(), response.headers(), response.body(), json);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// Builders for the data most tests need.

	/** Creates an account with a role and returns its Basic credentials. */
	public String account(String role, String... networks) {
		String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "password-" + UUID.randomUUID();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("password", password);
		body.put("roles", java.util.List.of(role));
		body.put("networks", java.util.List.of(networks));
		Answer answer = post("/api/v1/accounts", admin(), body);
		if (answer.status() != 201) {
			throw new IllegalStateException("Could not create account: " + answer.text());
		}
		return basic(username, password);
	}

	/** Registers a network with a unique name (as admin) and returns its id. */
	public String network(String kind, String... districts) {
		Answer answer = post("/api/v1/networks", admin(), Map.of("name", "Netwerk " + UUID.randomUUID(), "kind", kind,
				"districts", java.util.List.of(districts)));
		if (answer.status() != 201) {
			throw new IllegalStateException("Could not register network: " + answer.text());
		}
		return answer.id();
	}

	/** Adds a new member (as admin) and returns the person's id. */
	public String member(String networkId, String displayName, String district) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("displayName", displayName);
		if (district != null) {
			body.put("district", district);
		}
		body.put("birthYear", 1980);
		body.put("email", displayName.toLowerCase().replaceAll("[^a-z]", "") + "@example.org");
		body.put("consent", Map.of("panel", true, "contact", true));
		Answer answer = post("/api/v1/networks/" + networkId + "/members", admin(), body);
		if (answer.status() != 201) {
			throw new IllegalStateException("Could not add member: " + answer.text());
		}
		return answer.json().get("personId").asString();
	}

}
