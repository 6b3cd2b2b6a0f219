package nl.mijnstad.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import tools.jackson.databind.json.JsonMapper;

/**
 * A bounded soak on loopback against the real jar: 8 clients submit gatherings through the API while 2 read the
 * dashboards' analytics, for {@code -Dsoak.seconds} (default 75; 600 under {@code -Plong}). No answer is a 5xx,
 * every acknowledged submission is in the database afterwards, and the heap does not grow (see {@link #HEAP}).
 */
class SoakIT {

	private static final int SECONDS = Integer.getInteger("soak.seconds", 75);

	private static final int WRITERS = 8;

	private static final int READERS = 2;

	private static final List<String> DASHBOARD = List.of("/api/v1/analytics/values", "/api/v1/analytics/spearheads",
			"/api/v1/analytics/clusters", "/api/v1/analytics/coverage", "/api/v1/analytics/overlaps",
			"/api/v1/analytics/frontier", "/api/v1/analytics/brokers", "/api/v1/ideas?value=groen");

	/**
	 * The heap criterion. Every few seconds the test takes a class histogram of the service
	 * ({@code jcmd GC.class_histogram}): a full collection and a count of what survived it, in one pause, so it is
	 * what the service keeps alive. (Reading the heap in use with a second command after the collection is not: by
	 * then 8 writers have filled the young generation with garbage again, hundreds of MB at this rate.) The mean
	 * of the last third of the samples may exceed the mean of the first third by at most half plus 64 MB. The
	 * graph grows during the soak and the analytics keep a projection of it in memory, so the live heap rightly
	 * grows a little with the data; a leak per request (8 writers and 2 readers at this rate) grows it without
	 * bound and breaks the limit within minutes. Samples of the first 20 s (start-up, JIT) are left out.
	 */
	private static final double HEAP = 1.5;

	private static final long HEAP_SLACK = 64L << 20;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A class histogram's last line: {@code Total <instances> <bytes>}. */
	private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

	/** A histogram's rows of filler arrays: {@code <rank>: <instances> <bytes> [Ljdk.internal.vm.FillerElement;}. */
	private static final Pattern HISTOGRAM_FILLERS = Pattern
		.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+\\S*FillerElement");

	@Test
	void concurrentIngestAndDashboardReadsGiveNo5xxLoseNothingAndKeepTheHeapFlat(@TempDir Path dataDir)
			throws Exception {
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		Map<String, Integer> outcomes = new ConcurrentHashMap<>();
		List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
		List<long[]> heap = new ArrayList<>();
		try (ServiceProcess service = new ServiceProcess(dataDir).start()) {
			String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ServiceProcess.ADMIN_PASSWORD).getBytes());
			String token = "Bearer " + JSON.readTree(service.send("POST", "/api/v1/tokens", admin, "").body())
				.get("token").asString();
			List<String> networks = new ArrayList<>();
			List<List<String>> members = new ArrayList<>();
			for (int w = 0; w < WRITERS; w++) {
				String network = JSON.readTree(service.send("POST", "/api/v1/networks", token,
						"{\"name\": \"Soakclub " + w + "\", \"kind\": \"SPORT\", \"districts\": [\"WK079601\"]}").body())
					.get("id").asString();
				List<String> people = new ArrayList<>();
				for (int i = 0; i < 3; i++) {
					people.add(JSON.readTree(service.send("POST", "/api/v1/networks/" + network + "/members", token,
							"{\"displayName\": \"Lid " + i + "\", \"district\": \"WK079601\", \"birthYear\": 1980, "
									+ "\"consent\": {\"panel\": false, \"contact\": false}}").body())
						.get("personId").asString());
				}
				networks.add(network);
				members.add(people);
			}

			AtomicBoolean running = new AtomicBoolean(true);
			AtomicInteger sequence = new AtomicInteger();
			ExecutorService clients = Executors.newFixedThreadPool(WRITERS + READERS);
			for (int w = 0; w < WRITERS; w++) {
				int writer = w;
				clients.submit(() -> {
					while (running.get()) {
						call(() -> {
							HttpResponse<String> answer = service.send("POST",
									"/api/v1/networks/" + networks.get(writer) + "/gatherings", token,
									CrashSafetyIT.submission(sequence.incrementAndGet(), members.get(writer)));
							record(answer, "POST gatherings", outcomes, failures);
							if (answer.statusCode() == 201) {
								acknowledged.add(JSON.readTree(answer.body()).get("id").asString());
							}
						}, failures);
					}
				});
			}
			for (int r = 0; r < READERS; r++) {
				int reader = r;
				clients.submit(() -> {
					for (int i = reader; running.get(); i++) {
						String path = DASHBOARD.get(i % DASHBOARD.size());
						call(() -> record(service.send("GET", path, token, null), "GET " + path.replaceAll("\\?.*", ""),
								outcomes, failures), failures);
					}
				});
			}

			long start = System.nanoTime();
			long end = start + TimeUnit.SECONDS.toNanos(SECONDS);
			long interval = Math.max(5, SECONDS / 30);
			while (System.nanoTime() < end) {
				Thread.sleep(TimeUnit.SECONDS.toMillis(interval));
				long elapsed = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
				if (elapsed >= 20) {
					heap.add(new long[] { elapsed, liveHeap(service), acknowledged.size() });
				}
			}
			running.set(false);
			clients.shutdown();
			assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

			try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + service.boltPort,
					AuthTokens.basic("neo4j", ServiceProcess.NEO4J_PASSWORD))) {
				long stored = driver.executableQuery("MATCH (g:Gathering) WHERE g.id IN $ids RETURN count(g) AS n")
					.withParameters(Map.of("ids", List.copyOf(acknowledged)))
					.execute()
					.records()
					.get(0)
					.get("n")
					.asLong();
				assertThat(stored).as("acknowledged submissions stored").isEqualTo(acknowledged.size());
			}
		}

		String summary = "%d s, %d acknowledged, outcomes %s, live heap [s, bytes, acknowledged] %s".formatted(SECONDS,
				acknowledged.size(), new java.util.TreeMap<>(outcomes),
				heap.stream().map(java.util.Arrays::toString).toList());
		System.out.println("Soak: " + summary);
		assertThat(failures).as("5xx answers or failed requests; %s", summary).isEmpty();
		assertThat(acknowledged).as(summary).isNotEmpty();
		assertThat(heap).as("heap samples").hasSizeGreaterThanOrEqualTo(3);
		int third = Math.max(1, heap.size() / 3);
		double first = heap.subList(0, third).stream().mapToLong(sample -> sample[1]).average().orElseThrow();
		double last = heap.subList(heap.size() - third, heap.size()).stream().mapToLong(sample -> sample[1]).average()
			.orElseThrow();
		assertThat(last).as("mean live heap of the last third against the first (%.0f MB); %s", first / (1 << 20), summary)
			.isLessThanOrEqualTo(first * HEAP + HEAP_SLACK);
	}

	private interface Call {

		void run() throws Exception;

	}

	private static void call(Call call, List<String> failures) {
		try {
			call.run();
		}
		catch (Exception ex) {
			failures.add(ex.toString());
		}
	}

	private static void record(HttpResponse<String> answer, String route, Map<String, Integer> outcomes,
			List<String> failures) {
		outcomes.merge(route + " " + answer.statusCode(), 1, Integer::sum);
		if (answer.statusCode() >= 500) {
			failures.add(route + " " + answer.statusCode() + " " + answer.body().substring(0, Math.min(300, answer.body().length())));
		}
	}

	/**
	 * Bytes of objects alive on the service's heap: the histogram's total after its full collection, less the filler
	 * arrays the JVM lays over unused space (they are no objects of the service's).
	 */
	private static long liveHeap(ServiceProcess service) throws Exception {
		String histogram = jcmd(service.pid(), "GC.class_histogram");
		Matcher total = HISTOGRAM_TOTAL.matcher(histogram);
		assertThat(total.find()).as("a total in the class histogram").isTrue();
		long filler = 0;
		Matcher fillers = HISTOGRAM_FILLERS.matcher(histogram);
		while (fillers.find()) {
			filler += Long.parseLong(fillers.group(1));
		}
		return Long.parseLong(total.group(1)) - filler;
	}

	private static String jcmd(long pid, String command) throws Exception {
		Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
		Process jcmd = new ProcessBuilder(java.resolveSibling("jcmd").toString(), Long.toString(pid), command)
			.redirectErrorStream(true)
			.start();
		String output = new String(jcmd.getInputStream().readAllBytes());
		assertThat(jcmd.waitFor()).as(output).isZero();
		return output;
	}

}
