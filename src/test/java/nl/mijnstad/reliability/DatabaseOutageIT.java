package nl.mijnstad.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import nl.mijnstad.graph.EmbeddedNeo4j;
import nl.mijnstad.graph.GraphProperties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * External-database mode through an outage: while Neo4j is down, requests get 503 with Retry-After as
 * problem+json and health says DOWN; when it is back on the same address, the service recovers by itself,
 * without a restart, and nothing acknowledged is lost.
 */
class DatabaseOutageIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theServiceAnswers503DuringAnOutageAndRecoversByItself(@TempDir Path folder) throws Exception {
		Path databaseDir = Files.createDirectories(folder.resolve("database"));
		Path serviceDir = Files.createDirectories(folder.resolve("service"));
		int boltPort = ServiceProcess.freePort();
		GraphProperties database = new GraphProperties(databaseDir, new GraphProperties.Neo4j(boltPort, "outage-password"));
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(database);
		try (ServiceProcess service = new ServiceProcess(serviceDir, "--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort,
				"--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=outage-password")
			.start()) {
			String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ServiceProcess.ADMIN_PASSWORD).getBytes());
			String token = "Bearer " + JSON.readTree(service.send("POST", "/api/v1/tokens", admin, "").body()).get("token").asString();
			String network = JSON.readTree(service.send("POST", "/api/v1/networks", token,
					"{\"name\": \"Storingsclub\", \"kind\": \"OTHER\"}").body()).get("id").asString();
			String person = JSON.readTree(service.send("POST", "/api/v1/networks/" + network + "/members", token,
					"{\"displayName\": \"Lid\", \"consent\": {\"panel\": false, \"contact\": false}}").body())
				.get("personId").asString();
			HttpResponse<String> before = service.send("POST", "/api/v1/networks/" + network + "/gatherings", token,
					CrashSafetyIT.submission(1, List.of(person)));
			assertThat(before.statusCode()).isEqualTo(201);
			JsonNode acknowledged = JSON.readTree(before.body());

			neo4j.close();

			HttpResponse<String> during = service.send("POST", "/api/v1/networks/" + network + "/gatherings", token,
					CrashSafetyIT.submission(2, List.of(person)));
			assertThat(during.statusCode()).isEqualTo(503);
			assertThat(during.headers().firstValue("Retry-After")).isPresent();
			assertThat(during.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(service.send("GET", "/api/v1/networks/" + network, token, null).statusCode()).isEqualTo(503);
			assertThat(service.send("GET", "/api/v1/networks/" + network, admin, null).statusCode()).isEqualTo(503);
			HttpResponse<String> health = service.send("GET", "/actuator/health", null, null);
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("DOWN");

			neo4j = EmbeddedNeo4j.start(database);

			awaitHealthy(service, Duration.ofMinutes(2));
			HttpResponse<String> after = service.send("POST", "/api/v1/networks/" + network + "/gatherings", token,
					CrashSafetyIT.submission(3, List.of(person)));
			assertThat(after.statusCode()).isEqualTo(201);
			HttpResponse<String> stored = service.send("GET", "/api/v1/gatherings/" + acknowledged.get("id").asString(),
					token, null);
			assertThat(JSON.readTree(stored.body())).isEqualTo(acknowledged);
		}
		finally {
			neo4j.close();
		}
	}

	private void awaitHealthy(ServiceProcess service, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (service.send("GET", "/actuator/health", null, null).statusCode() == 200) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The service did not recover within " + timeout);
	}

}
