package nl.mijnstad.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backup, wipe, restore, with the real jar as an operator runs it: members with contact data and consents,
 * and submissions arriving while the backup is taken. (Not the demo city: on a shared 2-core machine the jar
 * then takes longer to start than {@link ServiceProcess} waits.) The backup taken under load holds every submission acknowledged before it and no
 * partial one; a backup taken at rest, restored into the wiped data folder, gives a service with the same graph
 * (fingerprint of a fresh backup), the same submissions and the same analytics.
 */
class BackupRestoreIT {

	private static final int CLIENTS = 4;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().build();

	/** Basic at first; a token while submitting, as clients do (a password check per request is slow). */
	private String auth = "Basic " + Base64.getEncoder()
		.encodeToString(("admin:" + ServiceProcess.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

	@Test
	void backupWipeRestoreGivesTheSameGraphAndTheSameAnalytics(@TempDir Path work) throws Exception {
		Path data = Files.createDirectories(work.resolve("data"));
		Map<String, JsonNode> acknowledged = new ConcurrentHashMap<>();
		Set<String> acknowledgedBeforeBackup;
		String network;
		JsonNode manifestAtRest;
		Map<String, String> analytics = new HashMap<>();
		String basic = this.auth;
		try (ServiceProcess service = new ServiceProcess(data)) {
			service.start();
			this.auth = "Bearer " + post(service, "/api/v1/tokens", "").get("token").asString();
			network = post(service, "/api/v1/networks", "{\"name\": \"Back-upclub\", \"kind\": \"SPORT\"}").get("id").asString();
			List<String> members = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				members.add(post(service, "/api/v1/networks/" + network + "/members", "{\"displayName\": \"Lid " + i
						+ "\", \"email\": \"lid" + i + "@example.nl\", \"consent\": {\"panel\": true, \"contact\": true}}")
					.get("personId").asString());
			}

			AtomicBoolean running = new AtomicBoolean(true);
			AtomicInteger attempts = new AtomicInteger();
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			for (int c = 0; c < CLIENTS; c++) {
				clients.submit(() -> {
					while (running.get()) {
						HttpResponse<String> response = send(service, "POST", "/api/v1/networks/" + network + "/gatherings",
								CrashSafetyIT.submission(attempts.incrementAndGet(), members));
						if (response.statusCode() == 201) {
							JsonNode body = JSON.readTree(response.body());
							acknowledged.put(body.get("id").asString(), body);
						}
					}
					return null;
				});
			}
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
			while (acknowledged.size() < 10 && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			acknowledgedBeforeBackup = Set.copyOf(acknowledged.keySet());
			Path underLoad = work.resolve("under-load.zip");
			assertThat(command("backup", "--to", underLoad.toString(), "--url", service.baseUrl()))
				.as("backup command during submissions").isZero();
			int acknowledgedAfterBackup = acknowledged.size();
			running.set(false);
			clients.shutdown();
			assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(underLoad))).isEqualTo("rw-------");
			Archive snapshot = Archive.read(underLoad);
			assertThat(snapshot.gatheringsOf(network)).as("acknowledged before the backup")
				.containsAll(acknowledgedBeforeBackup);
			assertThat(snapshot.partialGatheringsOf(network)).as("gatherings only partly in the backup").isEmpty();
			assertThat(acknowledgedAfterBackup).as("submissions kept being acknowledged around the backup")
				.isGreaterThan(acknowledgedBeforeBackup.size());

			// At rest: the reference the restored service must match.
			analytics.put("values", settled(service, "/api/v1/analytics/values"));
			analytics.put("spearheads", settled(service, "/api/v1/analytics/spearheads"));
			Path atRest = work.resolve("at-rest.zip");
			assertThat(command("backup", "--to", atRest.toString(), "--url", service.baseUrl())).isZero();
			manifestAtRest = Archive.read(atRest).manifest();
		}

		deleteRecursively(data);
		Path restored = work.resolve("data");
		assertThat(command("restore", "--from", work.resolve("at-rest.zip").toString(), "--data-dir", restored.toString()))
			.as("restore command").isZero();
		assertThat(command("restore", "--from", work.resolve("at-rest.zip").toString(), "--data-dir", restored.toString()))
			.as("a second restore into the now full folder is refused").isEqualTo(1);

		// Basic again: a new token would be a write, and the restored graph is to stay exactly as backed up.
		this.auth = basic;
		try (ServiceProcess service = new ServiceProcess(restored)) {
			service.start();
			for (var entry : acknowledged.entrySet()) {
				HttpResponse<String> stored = send(service, "GET", "/api/v1/gatherings/" + entry.getKey(), null);
				assertThat(stored.statusCode()).as("gathering %s", entry.getKey()).isEqualTo(200);
				assertThat(JSON.readTree(stored.body())).isEqualTo(entry.getValue());
			}
			assertThat(settled(service, "/api/v1/analytics/values")).isEqualTo(analytics.get("values"));
			assertThat(settled(service, "/api/v1/analytics/spearheads")).isEqualTo(analytics.get("spearheads"));

			Path again = work.resolve("again.zip");
			assertThat(command("backup", "--to", again.toString(), "--url", service.baseUrl())).isZero();
			JsonNode manifestAgain = Archive.read(again).manifest();
			assertThat(manifestAgain.get("content")).as("labels, types, counts and graph hash of the restored graph")
				.isEqualTo(manifestAtRest.get("content"));
			assertThat(manifestAgain.get("migrations")).isEqualTo(manifestAtRest.get("migrations"));
		}
	}

	/** An analytics answer once it no longer changes between two refreshes. */
	private String settled(ServiceProcess service, String path) throws Exception {
		String previous = null;
		for (int i = 0; i < 30; i++) {
			HttpResponse<String> response = send(service, "GET", path, null);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			if (response.body().equals(previous)) {
				return previous;
			}
			previous = response.body();
			Thread.sleep(6_000); // longer than the poll interval ServiceProcess sets
		}
		return previous;
	}

	/** Runs {@code java -jar target/mijnstad.jar <args>} as an operator would; returns its exit code. */
	private static int command(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-XX:TieredStopAtLevel=1", "-jar", Path.of("target", "mijnstad.jar").toString()));
		command.addAll(List.of(args));
		// Into a file, not this JVM's own output: Surefire's fork protocol shares that stream.
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "backup-commands.log").toFile()));
		builder.environment().put("MIJNSTAD_BACKUP_PASSWORD", ServiceProcess.ADMIN_PASSWORD);
		Process process = builder.start();
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
		return process.exitValue();
	}

	/** The archive as its documented format reads: a manifest and JSON lines of nodes and relationships. */
	record Archive(JsonNode manifest, List<JsonNode> nodes, List<JsonNode> relationships) {

		static Archive read(Path file) throws IOException {
			try (ZipFile zip = new ZipFile(file.toFile())) {
				return new Archive(JSON.readTree(entry(zip, "manifest.json")), lines(zip, "nodes.jsonl"),
						lines(zip, "relationships.jsonl"));
			}
		}

		private static String entry(ZipFile zip, String name) throws IOException {
			try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}

		private static List<JsonNode> lines(ZipFile zip, String name) throws IOException {
			return entry(zip, name).lines().map(JSON::readTree).toList();
		}

		Set<String> gatheringsOf(String network) {
			return gatherings(network).keySet();
		}

		/** Refs of the network's gatherings by their ids. */
		private Map<String, Long> gatherings(String network) {
			Map<Long, String> ids = new HashMap<>();
			Long networkRef = null;
			for (JsonNode node : this.nodes) {
				if (node.get("labels").toString().contains("\"Gathering\"")) {
					ids.put(node.get("ref").asLong(), node.get("properties").get("id").get("string").asString());
				}
				if (node.get("labels").toString().contains("\"Network\"")
						&& network.equals(node.get("properties").get("id").get("string").asString())) {
					networkRef = node.get("ref").asLong();
				}
			}
			Map<String, Long> ofNetwork = new HashMap<>();
			for (JsonNode relationship : this.relationships) {
				long start = relationship.get("start").asLong();
				if (relationship.get("type").asString().equals("OF") && ids.containsKey(start)
						&& relationship.get("end").asLong() == networkRef) {
					ofNetwork.put(ids.get(start), start);
				}
			}
			return ofNetwork;
		}

		/** The network's gatherings without all five values, spearheads and ideas every submission has. */
		Set<String> partialGatheringsOf(String network) {
			Map<String, Long> gatherings = gatherings(network);
			Map<String, Integer> outgoing = new HashMap<>();
			Set<Long> refs = new HashSet<>(gatherings.values());
			for (JsonNode relationship : this.relationships) {
				if (refs.contains(relationship.get("start").asLong())) {
					outgoing.merge(relationship.get("start").asLong() + " " + relationship.get("type").asString(), 1,
							Integer::sum);
				}
			}
			Set<String> partial = new HashSet<>();
			gatherings.forEach((id, ref) -> {
				for (String type : List.of("HOLDS", "PRIORITISES", "PROPOSED")) {
					if (outgoing.getOrDefault(ref + " " + type, 0) != 5) {
						partial.add(id);
					}
				}
			});
			return partial;
		}

	}

	private JsonNode post(ServiceProcess service, String path, String body) throws Exception {
		HttpResponse<String> response = send(service, "POST", path, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(ServiceProcess service, String method, String path, String body)
			throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
			.header("Authorization", this.auth)
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
