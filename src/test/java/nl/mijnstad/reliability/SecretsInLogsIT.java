package nl.mijnstad.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Secrets never reach the log: the real jar runs a whole scenario (the admin password from the environment, the
 * embedded database's password, logins with passwords through the API and the form, a failed login, issued
 * tokens and their use, a token that was never issued, panel members' e-mail addresses and phone numbers read,
 * exported and invited, mail delivery to a server that is not there, the actuator asked for the environment) and
 * then stops; its whole output, start-up banner to shutdown, contains none of those strings.
 */
class SecretsInLogsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void noSecretOrContactDetailAppearsInTheServiceLog(@TempDir Path dataDir) throws Exception {
		String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		List<String> secrets = new ArrayList<>(List.of(ServiceProcess.ADMIN_PASSWORD, ServiceProcess.NEO4J_PASSWORD));
		List<String> answers = new ArrayList<>();
		try (ServiceProcess service = new ServiceProcess(dataDir, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + ServiceProcess.freePort()).start()) {
			Client client = new Client(service);
			String admin = basic("admin", ServiceProcess.ADMIN_PASSWORD);
			String token = client.json("POST", "/api/v1/tokens", admin, null).get("token").asString();
			secrets.add(token);
			secrets.add(sha256(token));
			String bearer = "Bearer " + token;

			String network = client.json("POST", "/api/v1/networks", bearer,
					"{\"name\": \"Geheimclub " + unique + "\", \"kind\": \"HOBBY\", \"districts\": [\"WK079601\"]}")
				.get("id").asString();
			List<String> people = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				String email = "geheim." + unique + "." + i + "@example.org";
				String phone = "06-" + unique.substring(0, 4).replaceAll("[a-f]", "7") + "55" + i + "1";
				secrets.add(email);
				secrets.add(phone);
				people.add(client.json("POST", "/api/v1/networks/" + network + "/members", bearer,
						"{\"displayName\": \"Lid " + i + "\", \"district\": \"WK079601\", \"birthYear\": 1970, \"email\": \""
								+ email + "\", \"phone\": \"" + phone + "\", \"consent\": {\"panel\": true, \"contact\": true}}")
					.get("personId").asString());
			}
			// contact data read, exported, and used for invitations that the absent mail server cannot take
			answers.add(client.send("GET", "/api/v1/networks/" + network + "/members", bearer, null).body());
			answers.add(client.send("GET", "/api/v1/people/" + people.get(0) + "/export", bearer, null).body());
			String consultation = client.json("POST", "/api/v1/consultations", bearer,
					"{\"title\": \"Geheim\", \"question\": \"Wat vindt u?\", \"type\": \"OPEN\", "
							+ "\"closesAt\": \"2099-01-01T00:00:00Z\"}").get("id").asString();
			answers.add(client.send("POST", "/api/v1/consultations/" + consultation + "/invitations", bearer,
					"{\"size\": 3, \"filters\": {\"networks\": [\"" + network + "\"]}}").body());
			answers.add(client.send("POST", "/api/v1/panel/outbox/delivery", bearer, "").body());

			// an account with a password of its own: a login through the API and through the form, and a failed one
			String password = "eigen-wachtwoord-" + unique;
			String wrong = "fout-wachtwoord-" + unique;
			secrets.add(password);
			secrets.add(wrong);
			client.json("POST", "/api/v1/accounts", bearer, "{\"username\": \"geheim-" + unique + "\", \"password\": \""
					+ password + "\", \"roles\": [\"NETWORK_HOLDER\"], \"networks\": [\"" + network + "\"]}");
			String holderToken = client.json("POST", "/api/v1/tokens", basic("geheim-" + unique, password), null)
				.get("token").asString();
			secrets.add(holderToken);
			answers.add(client.send("GET", "/api/v1/networks/" + network, "Bearer " + holderToken, null).body());
			assertThat(client.send("POST", "/api/v1/tokens", basic("geheim-" + unique, wrong), null).statusCode())
				.isEqualTo(401);
			String forged = "ms_" + unique + "forged";
			secrets.add(forged);
			assertThat(client.send("GET", "/api/v1/networks", "Bearer " + forged, null).statusCode()).isEqualTo(401);
			client.signIn("geheim-" + unique, password);
			client.signIn("geheim-" + unique, wrong);
			// what the actuator would tell about the configuration, asked as admin
			answers.add(client.send("GET", "/actuator/env", bearer, null).body());
			answers.add(client.send("GET", "/actuator/configprops", bearer, null).body());
			answers.add(client.send("GET", "/actuator/health", bearer, null).body());
			assertThat(client.send("DELETE", "/api/v1/tokens/current", "Bearer " + holderToken, null).statusCode())
				.isEqualTo(204);
		}

		String log = Files.readString(dataDir.resolve("service.log"));
		assertThat(log).as("the service logged its start").contains("Started");
		for (String secret : secrets) {
			assertThat(log).as("the service log").doesNotContain(secret);
		}
		List<String> exposed = answers.stream()
			.filter(answer -> answer.contains(ServiceProcess.ADMIN_PASSWORD) || answer.contains(ServiceProcess.NEO4J_PASSWORD))
			.toList();
		assertThat(exposed).as("answers that show a configured password").isEmpty();
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Requests to the running jar, with a cookie jar for the login form. */
	private final class Client {

		private final ServiceProcess service;

		Client(ServiceProcess service) {
			this.service = service;
		}

		JsonNode json(String method, String path, String auth, String body) throws Exception {
			HttpResponse<String> response = send(method, path, auth, body);
			assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
			return JSON.readTree(response.body());
		}

		HttpResponse<String> send(String method, String path, String auth, String body) throws Exception {
			return this.service.send(method, path, auth, body);
		}

		/** Signs in through the form, in a browser of its own (a signed-in browser is not shown the form again). */
		void signIn(String username, String password) throws Exception {
			HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String form = browser.send(HttpRequest.newBuilder(URI.create(this.service.baseUrl() + "/inloggen")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
			assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
			browser.send(HttpRequest.newBuilder(URI.create(this.service.baseUrl() + "/inloggen"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
						+ "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
						+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
