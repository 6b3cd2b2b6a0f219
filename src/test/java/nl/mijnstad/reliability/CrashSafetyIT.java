package nl.mijnstad.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing acknowledged is lost: the real jar, 8 concurrent clients submitting gatherings, SIGKILL at a random
 * moment, a restart on the same data folder; every submission that got a 201 is there and complete, and no
 * partial submission exists. {@code -Dcrash.cycles=20} for the long run (default 2).
 */
class CrashSafetyIT {

	private static final int CYCLES = Integer.getInteger("crash.cycles", 2);

	private static final int CLIENTS = 8;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().build();

	@Test
	void everyAcknowledgedSubmissionSurvivesSigkill(@TempDir Path dataDir) throws Exception {
		Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
		Map<String, JsonNode> acknowledged = new ConcurrentHashMap<>();
		Map<String, Integer> outcomes = new ConcurrentHashMap<>();
		try (ServiceProcess service = new ServiceProcess(dataDir).start()) {
			String admin = "Basic " + java.util.Base64.getEncoder()
				.encodeToString(("admin:" + ServiceProcess.ADMIN_PASSWORD).getBytes());
			String token = "Bearer " + post(service, "/api/v1/tokens", admin, "").get("token").asString();
			String network = post(service, "/api/v1/networks", token,
					"{\"name\": \"Crashclub\", \"kind\": \"SPORT\"}").get("id").asString();
			List<String> members = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				members.add(post(service, "/api/v1/networks/" + network + "/members", token,
						"{\"displayName\": \"Lid " + i + "\", \"consent\": {\"panel\": false, \"contact\": false}}")
					.get("personId").asString());
			}

			for (int cycle = 0; cycle < CYCLES; cycle++) {
				AtomicBoolean running = new AtomicBoolean(true);
				AtomicInteger attempts = new AtomicInteger();
				ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
				for (int c = 0; c < CLIENTS; c++) {
					clients.submit(() -> {
						while (running.get()) {
							int n = attempts.incrementAndGet();
							try {
								HttpResponse<String> response = send(service, "/api/v1/networks/" + network + "/gatherings",
										token, submission(n, members));
								outcomes.merge(response.statusCode() + (response.statusCode() == 201 ? ""
										: " " + response.body().substring(0, Math.min(200, response.body().length()))), 1,
										Integer::sum);
								if (response.statusCode() == 201) {
									JsonNode body = JSON.readTree(response.body());
									acknowledged.put(body.get("id").asString(), body);
								}
							}
							catch (Exception ex) {
								// the service is being killed: unacknowledged, so it may or may not be there
								outcomes.merge(ex.getClass().getSimpleName(), 1, Integer::sum);
							}
						}
					});
				}
				// Kill at a random moment while the clients are busy: after this cycle's first acknowledgements,
				// so that a slow start on a loaded machine does not leave nothing to check.
				int before = acknowledged.size();
				long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
				while (acknowledged.size() < before + 5 && System.nanoTime() < deadline) {
					Thread.sleep(50);
				}
				Thread.sleep(random.nextInt(2000));
				service.kill();
				running.set(false);
				clients.shutdown();
				clients.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);

				service.start();
				for (var entry : acknowledged.entrySet()) {
					HttpResponse<String> stored = get(service, "/api/v1/gatherings/" + entry.getKey(), token);
					assertThat(stored.statusCode()).as("gathering %s acknowledged before the kill", entry.getKey())
						.isEqualTo(200);
					assertThat(JSON.readTree(stored.body())).isEqualTo(entry.getValue());
				}
				assertNoPartialSubmission(service);
			}
		}
		assertThat(acknowledged).as("submissions acknowledged over %d cycles; outcomes %s", CYCLES, outcomes)
			.isNotEmpty();
	}

	/** Every gathering in the database is whole: five values, five spearheads, five ideas with their initiator. */
	private void assertNoPartialSubmission(ServiceProcess service) {
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + service.boltPort,
				AuthTokens.basic("neo4j", ServiceProcess.NEO4J_PASSWORD))) {
			var partial = driver.executableQuery("""
					MATCH (g:Gathering)
					WHERE COUNT { (g)-[:HOLDS]->() } <> 5 OR COUNT { (g)-[:PRIORITISES]->() } <> 5
					   OR COUNT { (g)-[:PROPOSED]->(:Idea)<-[:CARRIES]-() } <> 5 OR NOT (g)-[:OF]->(:Network)
					RETURN count(g) AS partial""").execute().records().get(0).get("partial").asLong();
			assertThat(partial).isZero();
		}
	}

	static String submission(int n, List<String> members) {
		StringBuilder spearheads = new StringBuilder();
		String[] values = { "groen", "ontmoeting", "veiligheid", "sport", "cultuur" };
		for (int s = 0; s < 5; s++) {
			if (s > 0) {
				spearheads.append(',');
			}
			spearheads.append("{\"title\": \"Speerpunt ").append(n).append('-').append(s)
				.append("\", \"values\": [\"").append(values[s]).append("\"], \"ideas\": [{\"title\": \"Idee ")
				.append(n).append('-').append(s).append("\", \"initiators\": [\"").append(members.get(s % members.size()))
				.append("\"]}]}");
		}
		return "{\"heldOn\": \"2017-03-01\", \"participants\": 12, \"attendees\": [\"" + members.get(0)
				+ "\"], \"values\": [\"groen\", \"ontmoeting\", \"veiligheid\", \"sport\", \"cultuur\"], \"spearheads\": ["
				+ spearheads + "]}";
	}

	private JsonNode post(ServiceProcess service, String path, String auth, String body) throws Exception {
		HttpResponse<String> response = send(service, path, auth, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(ServiceProcess service, String path, String auth, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
			.header("Authorization", auth)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(ServiceProcess service, String path, String auth) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).header("Authorization", auth).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
