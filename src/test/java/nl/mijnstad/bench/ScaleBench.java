package nl.mijnstad.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import nl.mijnstad.Api;
import nl.mijnstad.analytics.Analytics;
import nl.mijnstad.analytics.RefreshProbe;
import nl.mijnstad.analytics.algorithm.MembershipOverlap;
import nl.mijnstad.analytics.algorithm.NetworkOverlap;
import nl.mijnstad.demo.DemoCityWriter;
import nl.mijnstad.demo.city.CityGenerator;
import nl.mijnstad.demo.city.CityPlan;
import nl.mijnstad.demo.city.DemoCity;
import nl.mijnstad.demo.city.Scale;
import nl.mijnstad.submission.GatheringSubmission;
import nl.mijnstad.submission.RawSubmissionWriter;
import nl.mijnstad.vocabulary.Normaliser;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmarks of issue 8, run by {@code ./mvnw -Pbench verify -Dbench.scale=city|province|nation} and never
 * by the default build: loads the seeded demo city at the chosen scale into a fresh embedded Neo4j, starts the
 * service against it, and measures (each against its baseline in the same run, on the same data) the full
 * analytics refresh, the overlap of networks, ingest through the API against the raw driver, dashboard reads
 * under ingest and the time from a submission to the shared values. Writes target/bench/results.json and
 * appends a table to BENCHMARKS.md. It asserts nothing about timings; it fails only if a method gives wrong
 * answers or the run cannot be done.
 */
class ScaleBench {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final int WRITERS = 8;

	private static final int READERS = 16;

	private static final Duration WARM_UP_BLOCK = Duration.ofSeconds(20);

	/** The length of the profiled ingest round of each path, long enough for a few thousand samples. */
	private static final Duration PROFILED_ROUND = Duration.ofSeconds(20);

	private static final List<String> DASHBOARD = List.of("/api/v1/analytics/values", "/api/v1/analytics/spearheads",
			"/api/v1/analytics/clusters", "/api/v1/analytics/overlaps", "/api/v1/analytics/coverage",
			"/api/v1/analytics/frontier", "/api/v1/analytics/brokers");

	private final Scale scale = Scale.parse(System.getProperty("bench.scale", "city"));

	private final long seed = Long.getLong("bench.seed", 2017);

	private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));

	private final Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmup", 60));

	/** Measured ingest turns per path, in blocks of raw, API, API, raw (see {@link AlternatingRounds}). */
	private final int turnsPerPath = Integer.getInteger("bench.rounds", 16);

	/** The length of each measured turn, in seconds (a fraction allowed). */
	private final Duration turn = Duration
		.ofMillis(Math.round(Double.parseDouble(System.getProperty("bench.round", "2.5")) * 1000));

	private final Duration readers = Duration.ofSeconds(Long.getLong("bench.readers", 20));

	/** Which measures to run: refresh, overlap, ingest, dashboard, freshness (default all). */
	private final List<String> measures = List.of(System.getProperty("bench.measures",
			"refresh,overlap,ingest,dashboard,freshness").split(","));

	/**
	 * Keep the database an earlier run loaded with the same scale and seed instead of loading it again (minutes at
	 * national scale), for iterating on one measure; the data then includes whatever earlier measures added.
	 */
	private final boolean reuse = Boolean.getBoolean("bench.reuse");

	private final Map<String, Object> results = new LinkedHashMap<>();

	private final List<Report.Row> rows = new ArrayList<>();

	private Progress progress;

	@Test
	void run() throws Exception {
		// Before minutes of loading, not when the ingest measure starts.
		AlternatingRounds.requireWholeBlocks(this.turnsPerPath);
		try {
			measure();
		}
		catch (Throwable ex) {
			// Printed at once: Maven shows a failure only after the forked JVM ends, which may take a while.
			ex.printStackTrace(System.out);
			throw ex;
		}
	}

	private void measure() throws Exception {
		Machine machine = Machine.now();
		this.results.put("machine", machine.toMap());
		try (Progress progress = new Progress(2 + (int) List.of("refresh", "overlap", "overlap", "overlap", "ingest", "ingest", "dashboard", "freshness").stream().filter(this.measures::contains).count());
				BenchDatabase database = BenchDatabase.open(this.dir.resolve("neo4j-" + this.scale.name().toLowerCase(Locale.ROOT)),
						this.dir.resolve("plugins"), this.reuse)) {
			this.progress = progress;
			progress.print(String.format(Locale.ROOT, "Benchmarks at %s scale, seed %d, on %d cores, heap %d MiB, load %.2f",
					this.scale, this.seed, machine.cores(), machine.maxHeapBytes() >> 20, machine.loadAtStart()));
			ConfigurableApplicationContext context = start(database);
			try {
				Map<String, Object> data = data(database);
				this.results.put("data", data);
				int port = ((WebServerApplicationContext) context).getWebServer().getPort();
				Driver driver = context.getBean(Driver.class);
				Analytics analytics = context.getBean(Analytics.class);
				Normaliser normaliser = context.getBean(Normaliser.class);
				analytics.awaitFresh(Duration.ofMinutes(10));
				this.results.put("measures", this.measures);
				if (this.measures.contains("refresh")) {
					refresh(analytics, driver);
				}
				if (this.measures.contains("overlap")) {
					overlap(database, driver);
				}
				Api api = new Api(port);
				Ingest ingest = Ingest.prepare(api, port, database, driver, normaliser, this.seed);
				// Freshness first, on the data as loaded: after the ingest measures the city holds thousands more
				// gatherings than the scale it is named for.
				if (this.measures.contains("freshness")) {
					freshness(ingest, api, normaliser);
				}
				if (this.measures.contains("ingest")) {
					// The refresher rests between refreshes, but each costs more as every round adds data: it would
					// weigh most on whichever round came last, and it is neither path's work. Its cost under ingest is
					// the dashboard measure's subject.
					try (Analytics.Pause paused = analytics.pause()) {
						ingest(ingest, database);
					}
				}
				if (this.measures.contains("dashboard")) {
					dashboard(ingest, api);
				}
			}
			finally {
				context.close();
			}
			this.results.put("loadAverageAtEnd", Machine.load());
			Files.createDirectories(this.dir);
			Path json = this.dir.resolve("results.json");
			Files.writeString(json, JSON.writeValueAsString(this.results));
			Path markdown = Path.of(System.getProperty("bench.report", "BENCHMARKS.md"));
			Report.append(markdown, machine, this.scale, this.seed, this.results, this.rows);
			progress.print("Wrote " + json.toAbsolutePath() + " and appended a table to " + markdown.toAbsolutePath());
		}
	}

	private ConfigurableApplicationContext start(BenchDatabase database) throws Exception {
		Map<String, Object> demoCity = Map.of("scale", this.scale.name(), "seed", this.seed);
		boolean loaded = this.reuse
				&& database.count("MATCH (c:DemoCity {scale: $scale, seed: $seed, benchLoaded: true}) RETURN count(c)", demoCity) > 0;
		this.results.put("reusedDatabase", loaded);
		Progress.Step step = this.progress.step(loaded ? "start the service on the database an earlier run loaded"
				: "start the service on an empty database");
		long started = System.nanoTime();
		if (!loaded) {
			// The demo loader writes gatherings one by one through the submission path (1-3/s: over an hour at
			// national scale); marked as loaded, it skips, and BenchCity writes the same city in bulk below.
			database.database().executeTransactionally("CREATE (:DemoCity {scale: $scale, seed: $seed})", demoCity);
		}
		ConfigurableApplicationContext context;
		try {
			context = BenchService.start(database, this.dir.resolve("data"), new String[] { "demo" },
					"--mijnstad.demo.scale=" + this.scale.name().toLowerCase(Locale.ROOT), "--mijnstad.demo.seed=" + this.seed);
		}
		catch (RuntimeException ex) {
			ex.printStackTrace(System.out);
			step.done("the service did not start: " + ex);
			throw ex;
		}
		step.done(fmt("%.0f s", (System.nanoTime() - started) / 1e9));
		if (loaded) {
			return context;
		}
		BenchCity city = new BenchCity(context.getBean(DemoCityWriter.class), context.getBean(Normaliser.class),
				context.getBean(Driver.class));
		step = this.progress.step("load the demo city in bulk", Duration.ofSeconds(10),
				() -> String.format(Locale.ROOT, "%,d networks, %,d people, %,d memberships, %,d gatherings",
						database.count("MATCH (n:Network) RETURN count(n)"), database.count("MATCH (n:Person) RETURN count(n)"),
						database.count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)"), city.gatheringsWritten()));
		long loading = System.nanoTime();
		DemoCity generated = new CityGenerator(new CityPlan(this.scale, this.seed)).generate();
		double generating = (System.nanoTime() - loading) / 1e9;
		city.load(generated);
		double seconds = (System.nanoTime() - loading) / 1e9;
		this.results.put("loadSeconds", Load.round(seconds));
		this.results.put("generateSeconds", Load.round(generating));
		database.database().executeTransactionally(
				"MATCH (c:DemoCity {scale: $scale, seed: $seed}) SET c.benchLoaded = true", demoCity);
		step.done(fmt("%.0f s (%.0f s of it generating the city)", seconds, generating));
		return context;
	}

	private Map<String, Object> data(BenchDatabase database) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("scale", this.scale.name().toLowerCase(Locale.ROOT));
		data.put("seed", this.seed);
		data.put("districts", database.count("MATCH (n:District) RETURN count(n)"));
		data.put("networks", database.count("MATCH (n:Network) RETURN count(n)"));
		data.put("people", database.count("MATCH (n:Person) RETURN count(n)"));
		data.put("memberships", database.count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)"));
		data.put("gatherings", database.count("MATCH (n:Gathering) RETURN count(n)"));
		data.put("ideas", database.count("MATCH (n:Idea) RETURN count(n)"));
		data.put("gdsPluginsFound", database.pluginsFound());
		this.progress.print("Data: " + data);
		return data;
	}

	// ---- (3) full analytics refresh --------------------------------------------------------------------------

	private void refresh(Analytics analytics, Driver driver) throws Exception {
		int runs = this.scale == Scale.NATION ? 3 : 5;
		Progress.Step step = this.progress.step("full analytics refresh, " + runs + " runs (the first to warm up)");
		List<Double> seconds = new ArrayList<>();
		List<Map<String, Long>> stepMillis = new ArrayList<>();
		long peak = 0;
		long before = 0;
		Profile profile = null;
		for (int run = 0; run < runs; run++) {
			if (run == 1) {
				profile = new Profile(this.dir.resolve("refresh-" + this.scale.name().toLowerCase(Locale.ROOT) + ".jfr"));
			}
			try (HeapWatch heap = new HeapWatch()) {
				long started = System.nanoTime();
				Map<String, Long> steps = RefreshProbe.refresh(analytics, driver).timings();
				seconds.add((System.nanoTime() - started) / 1e9);
				stepMillis.add(steps);
				if (run > 0) {
					peak = Math.max(peak, heap.peakBytes());
					before = heap.beforeBytes();
				}
			}
			this.progress.print(String.format(Locale.ROOT, "  refresh %d: %.2f s; steps in ms %s", run + 1, seconds.getLast(),
					stepMillis.getLast()));
		}
		Map<String, Object> profiled = profile.summary(12);
		profile.close();
		this.progress.print("  where the refresh spends its time (JFR execution samples, all threads): "
				+ profiled.get("innermostMijnStadMethods"));
		List<Double> measured = seconds.subList(1, seconds.size()).stream().sorted().toList();
		double median = measured.get(measured.size() / 2);
		Map<String, Object> refresh = new LinkedHashMap<>();
		refresh.put("runsSeconds", seconds.stream().map(Load::round).toList());
		refresh.put("runsStepMillis", stepMillis);
		refresh.put("medianSeconds", Load.round(median));
		refresh.put("heapBeforeMiB", before >> 20);
		refresh.put("peakHeapMiB", peak >> 20);
		refresh.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
		refresh.put("profile", profiled);
		this.results.put("refresh", refresh);
		this.rows.add(new Report.Row("full analytics refresh (median)", fmt("%.2f s", median),
				fmt("peak heap %d MiB of %d MiB (%d MiB before)", peak >> 20, Runtime.getRuntime().maxMemory() >> 20,
						before >> 20),
				"", this.scale == Scale.NATION ? "≤ 15 s, heap ≤ 2 GiB" : "", this.scale != Scale.NATION ? ""
						: (median <= 15 && Runtime.getRuntime().maxMemory() <= (2L << 30) + (64 << 20)) ? "yes" : "no"));
		step.done(fmt("median %.2f s, peak heap %d MiB", median, peak >> 20));
	}

	// ---- (2) overlap -------------------------------------------------------------------------------------------

	private void overlap(BenchDatabase database, Driver driver) {
		Map<String, Object> overlap = new LinkedHashMap<>();
		Progress.Step step = this.progress.step("overlap: inverted index (service)");
		OverlapMethods methods = new OverlapMethods(database.database(), driver);
		long t0 = System.nanoTime();
		OverlapMethods.Memberships memberships = methods.readMemberships();
		double read = (System.nanoTime() - t0) / 1e9;
		List<Double> computeRuns = new ArrayList<>();
		PairSet service = null;
		for (int run = 0; run < 4; run++) {
			long started = System.nanoTime();
			List<NetworkOverlap> all = methods.service(memberships, MembershipOverlap.Limits.DEFAULTS);
			computeRuns.add((System.nanoTime() - started) / 1e9);
			if (service == null) {
				service = methods.toPairs(all);
			}
		}
		double compute = computeRuns.subList(1, computeRuns.size()).stream().sorted().toList().get(1);
		long started = System.nanoTime();
		int topK = methods.service(memberships, MembershipOverlap.Limits.DEFAULTS.withTopKPerNetwork(25)).size();
		double topKSeconds = (System.nanoTime() - started) / 1e9;
		overlap.put("memberships", memberships.count());
		overlap.put("pairs", service.size());
		overlap.put("serviceReadSeconds", Load.round(read));
		overlap.put("serviceComputeSeconds", Load.round(compute));
		overlap.put("serviceComputeRunsSeconds", computeRuns.stream().map(x -> Load.round(x * 1000) / 1000).toList());
		overlap.put("serviceTop25Seconds", Load.round(topKSeconds));
		overlap.put("serviceTop25Pairs", topK);
		step.done(fmt("%,d pairs; read %.2f s over Bolt, computed in %.3f s (median of 3 after a warm-up)",
				service.size(), read, compute));

		boolean warm = this.scale != Scale.NATION;
		step = this.progress.step("overlap: plain Cypher over all overlapping pairs" + (warm ? " (after a warm-up run)" : ""),
				Duration.ofSeconds(10), () -> "");
		if (warm) {
			methods.cypher();
		}
		started = System.nanoTime();
		PairSet cypher = methods.cypher();
		double cypherSeconds = (System.nanoTime() - started) / 1e9;
		List<String> cypherDifferences = service.differences(cypher, 10);
		overlap.put("cypherSeconds", Load.round(cypherSeconds));
		overlap.put("cypherPairs", cypher.size());
		overlap.put("cypherIdentical", cypherDifferences.isEmpty());
		overlap.put("cypherDifferences", cypherDifferences);
		cypher = null;
		step.done(fmt("%.1f s, %,d pairs, identical to the inverted index: %s", cypherSeconds, service.size(),
				cypherDifferences.isEmpty()));
		this.rows.add(new Report.Row("overlap, all pairs: inverted index vs plain Cypher",
				fmt("%.1f ms (+ %.2f s reading memberships over Bolt)", compute * 1000, read), fmt("Cypher %.2f s", cypherSeconds),
				fmt("%.0f× (%.0f× with the read)", cypherSeconds / compute, cypherSeconds / (compute + read)), "",
				cypherDifferences.isEmpty() ? "identical pairs" : "PAIRS DIFFER"));

		int allPairsMax = Integer.getInteger("bench.gds.allPairsMax", 2500);
		int gdsTopK = methods.networks().size() <= allPairsMax ? methods.networks().size() : 10;
		step = this.progress.step("overlap: Neo4j GDS nodeSimilarity (topK " + gdsTopK + ")"
				+ (warm ? " (after a warm-up run)" : ""), Duration.ofSeconds(10),
				() -> "");
		if (!methods.gdsAvailable()) {
			String why = database.pluginsFound()
					? "the GDS jars are in target/bench/plugins but gds.nodeSimilarity.stream is not registered"
					: "no GDS jars in target/bench/plugins (run with -Pbench so Maven copies them)";
			overlap.put("gds", Map.of("available", false, "why", why));
			step.done("skipped: " + why);
		}
		else {
			if (warm) {
				// GDS's first call loads and compiles a lot; below national scale one unmeasured run removes that.
				methods.gdsProject();
				methods.gdsNodeSimilarity(gdsTopK);
			}
			started = System.nanoTime();
			methods.gdsProject();
			double project = (System.nanoTime() - started) / 1e9;
			started = System.nanoTime();
			OverlapMethods.Similarities gds = methods.gdsNodeSimilarity(gdsTopK);
			double similarity = (System.nanoTime() - started) / 1e9;
			methods.gdsDrop();
			List<String> gdsDifferences = OverlapMethods.differences(gds, service, memberships.sizes(), 10);
			// The service's own selection for the same question, from its all-pairs answer: the k most similar per
			// network by Jaccard (the check above shows it equals GDS's).
			Map<String, Object> g = new LinkedHashMap<>();
			g.put("available", true);
			g.put("topK", gdsTopK);
			g.put("projectSeconds", Load.round(project));
			g.put("nodeSimilaritySeconds", Load.round(similarity));
			g.put("rows", gds.first().length);
			g.put("identical", gdsDifferences.isEmpty());
			g.put("differences", gdsDifferences);
			overlap.put("gds", g);
			double total = project + similarity;
			step.done(fmt("projection %.1f s + nodeSimilarity %.1f s, %,d rows; same pairs and Jaccard as the inverted index: %s",
					project, similarity, gds.first().length, gdsDifferences.isEmpty()));
			this.rows.add(new Report.Row("overlap: inverted index vs GDS nodeSimilarity (topK " + gdsTopK + ")",
					fmt("%.1f ms (+ %.2f s read)", compute * 1000, read),
					fmt("GDS %.1f s (projection %.1f + similarity %.1f)", total, project, similarity),
					fmt("%.0f× (%.0f× with the read)", total / compute, total / (compute + read)),
					this.scale == Scale.NATION ? "≥ 50×" : "",
					(gdsDifferences.isEmpty() ? "identical pairs" : "PAIRS DIFFER")
							+ (this.scale == Scale.NATION ? (total / compute >= 50 ? "; yes" : "; no") : "")));
		}
		this.results.put("overlap", overlap);
		if (!cypherDifferences.isEmpty() || overlap.get("gds") instanceof Map<?, ?> g && Boolean.FALSE.equals(g.get("identical"))) {
			throw new AssertionError("The overlap methods disagree: " + overlap);
		}
	}

	// ---- (1) ingest --------------------------------------------------------------------------------------------

	private void ingest(Ingest ingest, BenchDatabase database) throws Exception {
		Load load = new Load();
		Progress.Step step = this.progress.step(fmt("ingest warm-up: %d s through the API, %d s raw, alternating",
				this.warmUp.toSeconds(), this.warmUp.toSeconds()), Duration.ofSeconds(5), () -> fmt("%,d submissions", load.completedSoFar()));
		// In alternating blocks, as the measured rounds are: the JIT compiles the database's code for both paths, and
		// on two cores it needs minutes to settle (a second round ran up to 1.7 times as fast as the first after
		// 20 s of warm-up per path), so a short warm-up would price the compiler rather than the path.
		List<Load.Outcome> apiWarmBlocks = new ArrayList<>();
		List<Load.Outcome> rawWarmBlocks = new ArrayList<>();
		for (Duration left = this.warmUp; left.isPositive(); left = left.minus(WARM_UP_BLOCK)) {
			Duration block = left.compareTo(WARM_UP_BLOCK) < 0 ? left : WARM_UP_BLOCK;
			apiWarmBlocks.add(load.run(ingest.apiClients(), block));
			rawWarmBlocks.add(load.run(ingest.rawClients(), block));
		}
		Load.Outcome apiWarm = Load.Outcome.combine(apiWarmBlocks);
		Load.Outcome rawWarm = Load.Outcome.combine(rawWarmBlocks);
		step.done(fmt("API %.0f/s, raw %.0f/s", apiWarm.perSecond(), rawWarm.perSecond()));
		step = this.progress.step(fmt("ingest: %d turns of %.1f s per path in blocks of raw, API, API, raw, "
				+ "%d clients each, then a profiled round of each", this.turnsPerPath, this.turn.toMillis() / 1000.0, WRITERS),
				Duration.ofSeconds(5),
				() -> fmt("%,d submissions", load.completedSoFar()));
		// A checkpoint before the measure, so the database's next one (after 100,000 transactions or 15 minutes)
		// falls after it: one flushed some 600 MB of pages for 2-2.7 s in the round it fell in (at city scale the
		// second raw round in six runs of six, which ran from 1 % faster to 26 % slower than the first), and it is
		// neither path's work; both write the same transactions, so in the long run they pay alike for it.
		database.checkpoint();
		AlternatingRounds.Result measured = AlternatingRounds.run(this.turnsPerPath, this.turn,
				(rawTurn, length) -> load.run(rawTurn ? ingest.rawClients() : ingest.apiClients(), length),
				(block, raw, api) -> this.progress.print(fmt(
						"  block %d: raw %.0f/s, API %.0f/s (ratio %.2f); CPU per submission raw %.1f, API %.1f ms",
						block, raw.perSecond(), api.perSecond(), api.perSecond() / raw.perSecond(),
						raw.cpuMillisPerOperation(), api.cpuMillisPerOperation())));
		// The profiles come from a round of each path after the measured ones, and count in no figure: sampling a
		// stack costs more the deeper it is, so a recording slows the API's deep request stacks more than the raw
		// clients' shallow ones (a profiled API round ran up to 18 % slower than an unprofiled one, a raw round 1 %).
		// A recording per path, each stopped before the other starts: JFR writes one stream, and a recording's file
		// holds whatever was sampled while it ran, whoever enabled the samples.
		String name = this.scale.name().toLowerCase(Locale.ROOT) + ".jfr";
		Map<String, Object> rawProfiled;
		try (Profile rawProfile = new Profile(this.dir.resolve("ingest-raw-" + name))) {
			load.run(ingest.rawClients(), PROFILED_ROUND);
			rawProfiled = rawProfile.summary(15);
		}
		Map<String, Object> profiled;
		try (Profile apiProfile = new Profile(this.dir.resolve("ingest-api-" + name))) {
			load.run(ingest.apiClients(), PROFILED_ROUND);
			profiled = apiProfile.summary(15);
		}
		this.progress.print("  where the profiled API round spends its time (JFR execution samples, all threads): "
				+ profiled.get("innermostMijnStadMethods") + "; by thread " + profiled.get("threads"));
		this.progress.print("  where the profiled raw round spends its time, by thread: " + rawProfiled.get("threads"));
		Load.Outcome rawAll = measured.baselineAll();
		Load.Outcome apiAll = measured.candidateAll();
		double ratio = measured.ratio();
		List<Double> blocks = measured.blockRatios();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("clients", WRITERS);
		result.put("api", apiAll.toMap());
		result.put("raw", rawAll.toMap());
		result.put("ratio", Load.round(ratio));
		result.put("turns", Map.of("perPath", this.turnsPerPath, "seconds", this.turn.toMillis() / 1000.0));
		result.put("blockRatios", blocks.stream().map(Load::round).toList());
		result.put("medianBlockRatio", Load.round(measured.medianBlockRatio()));
		result.put("turnsPerSecond", Map.of("raw", measured.baseline().stream().map(o -> Load.round(o.perSecond())).toList(),
				"api", measured.candidate().stream().map(o -> Load.round(o.perSecond())).toList()));
		result.put("warmUp", Map.of("api", apiWarm.toMap(), "raw", rawWarm.toMap()));
		result.put("apiProfile", profiled);
		result.put("rawProfile", rawProfiled);
		this.results.put("ingest", result);
		step.done(fmt("API %.0f/s (p50 %.1f, p99 %.1f ms), raw %.0f/s (p50 %.1f, p99 %.1f ms), ratio %.2f",
				apiAll.perSecond(), apiAll.latencies().percentileMillis(50), apiAll.latencies().percentileMillis(99),
				rawAll.perSecond(), rawAll.latencies().percentileMillis(50), rawAll.latencies().percentileMillis(99), ratio));
		this.rows.add(new Report.Row("ingest, 8 clients: API (bearer tokens) vs raw driver (WRITE, 8 sessions)",
				fmt("%.0f/s, p50 %.1f ms, p99 %.1f ms; CPU %.1f ms per submission, cores %.0f%% busy", apiAll.perSecond(),
						apiAll.latencies().percentileMillis(50), apiAll.latencies().percentileMillis(99),
						apiAll.cpuMillisPerOperation(), 100 * apiAll.cpuBusy()),
				fmt("%.0f/s, p50 %.1f ms, p99 %.1f ms; CPU %.1f ms per submission, cores %.0f%% busy", rawAll.perSecond(),
						rawAll.latencies().percentileMillis(50), rawAll.latencies().percentileMillis(99),
						rawAll.cpuMillisPerOperation(), 100 * rawAll.cpuBusy()),
				fmt("%.2f (blocks of 4 turns: median %.2f, %.2f-%.2f)", ratio, measured.medianBlockRatio(),
						blocks.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
						blocks.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)),
				"≥ 0.8", (ratio >= 0.8 ? "yes" : "no")
						+ (apiAll.failed() + rawAll.failed() > 0 ? fmt("; %d failed", apiAll.failed() + rawAll.failed()) : "")));
	}

	// ---- (4) dashboard reads under ingest, and freshness -------------------------------------------------------

	private void dashboard(Ingest ingest, Api api) throws InterruptedException, java.io.IOException {
		String token = api.admin();
		Load writers = new Load();
		Load readers = new Load();
		Map<String, Latencies> byEndpoint = new java.util.concurrent.ConcurrentHashMap<>();
		List<Load.Client> clients = new ArrayList<>();
		for (int r = 0; r < READERS; r++) {
			clients.add(new Reader(api.port(), token, r, byEndpoint));
		}
		Progress.Step step = this.progress.step(fmt("dashboard: %d readers for %d s while %d clients submit", READERS,
				this.readers.toSeconds(), WRITERS), Duration.ofSeconds(5),
				() -> fmt("%,d reads, %,d submissions", readers.completedSoFar(), writers.completedSoFar()));
		AtomicInteger ignored = new AtomicInteger();
		Thread writing = Thread.ofPlatform().name("bench-writers").start(() -> {
			try {
				this.results.put("dashboardIngest", writers.run(ingest.apiClients(), this.readers.plusSeconds(60)).toMap());
			}
			catch (InterruptedException ex) {
				ignored.incrementAndGet();
			}
		});
		Thread.sleep(1000);
		Profile profile = new Profile(this.dir.resolve("dashboard-" + this.scale.name().toLowerCase(Locale.ROOT) + ".jfr"));
		Load.Outcome reads = readers.run(clients, this.readers);
		Map<String, Object> profiled = profile.summary(15);
		profile.close();
		writers.stop();
		writing.join();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("readers", READERS);
		result.put("profile", profiled);
		result.put("all", reads.toMap());
		Map<String, Object> endpoints = new LinkedHashMap<>();
		for (String path : DASHBOARD) {
			Latencies l = byEndpoint.getOrDefault(path, new Latencies());
			endpoints.put(path, Map.of("count", l.count(), "p50Ms", Load.round(l.percentileMillis(50)), "p99Ms",
					Load.round(l.percentileMillis(99))));
		}
		result.put("endpoints", endpoints);
		result.put("whileIngest", this.results.remove("dashboardIngest"));
		this.results.put("dashboard", result);
		double p99 = reads.latencies().percentileMillis(99);
		step.done(fmt("%,d reads, p50 %.1f ms, p99 %.1f ms", reads.completed(), reads.latencies().percentileMillis(50),
				p99));
		Object submitting = result.get("whileIngest");
		this.rows.add(new Report.Row("dashboard reads, 16 readers while 8 clients submit",
				fmt("p50 %.1f ms, p99 %.1f ms (%.0f reads/s; submissions meanwhile: %s)",
						reads.latencies().percentileMillis(50), p99, reads.perSecond(),
						submitting instanceof Map<?, ?> w ? w.get("perSecond") + "/s, p99 " + w.get("p99Ms") + " ms" : "?"),
				"", "", this.scale == Scale.PROVINCE ? "p99 ≤ 20 ms" : "",
				this.scale == Scale.PROVINCE ? (p99 <= 20 ? "yes" : "no") : ""));
	}

	/** Whether the shared values hold this key now. */
	private static boolean sharedValuesHold(HttpClient http, int port, String token, String key) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/analytics/values"))
			.header("Authorization", token)
			.build(), HttpResponse.BodyHandlers.ofString());
		for (JsonNode value : JSON.readTree(response.body())) {
			if (key.equals(value.get("key").asString())) {
				return true;
			}
		}
		return false;
	}

	private void freshness(Ingest ingest, Api api, Normaliser normaliser) throws Exception {
		int samples = 5;
		Progress.Step step = this.progress.step("freshness: submission to shared values, " + samples + " samples");
		String token = api.admin();
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		// Words no earlier run used: a reused database (-Dbench.reuse) holds the values earlier runs submitted, and a
		// value that is already there shows at once.
		Random random = new Random(this.seed ^ System.currentTimeMillis());
		List<Double> seconds = new ArrayList<>();
		for (int s = 0; s < samples; s++) {
			String wording;
			String key;
			do {
				StringBuilder word = new StringBuilder("proef");
				for (int i = 0; i < 8; i++) {
					word.append((char) ('a' + random.nextInt(26)));
				}
				wording = word.toString();
				key = normaliser.key(wording);
			}
			while (sharedValuesHold(http, api.port(), token, key));
			long committed = ingest.submitWithValue(wording);
			while (true) {
				if (sharedValuesHold(http, api.port(), token, key)) {
					break;
				}
				if (System.nanoTime() - committed > Duration.ofMinutes(2).toNanos()) {
					throw new AssertionError("A submitted value did not appear in the shared values within 2 minutes");
				}
				Thread.sleep(20);
			}
			seconds.add((System.nanoTime() - committed) / 1e9);
			this.progress.print(fmt("  sample %d: %.2f s", s + 1, seconds.getLast()));
		}
		List<Double> sorted = seconds.stream().sorted().toList();
		double median = sorted.get(sorted.size() / 2);
		double max = sorted.getLast();
		this.results.put("freshness", Map.of("samplesSeconds", seconds.stream().map(Load::round).toList(),
				"medianSeconds", Load.round(median), "maxSeconds", Load.round(max)));
		step.done(fmt("median %.2f s, max %.2f s", median, max));
		this.rows.add(new Report.Row("submission (201) to its value in /analytics/values",
				fmt("median %.2f s, max %.2f s", median, max), "", "", this.scale == Scale.CITY ? "≤ 2 s" : "",
				this.scale == Scale.CITY ? (max <= 2 ? "yes" : "no") : ""));
	}

	/** A dashboard reader: the analytics endpoints in turn, each with its own latencies. */
	private static final class Reader implements Load.Client, AutoCloseable {

		private final BenchHttp http;

		private final Map<String, String> headers;

		private final Map<String, Latencies> byEndpoint;

		private int next;

		private String path;

		Reader(int port, String token, int offset, Map<String, Latencies> byEndpoint) {
			this.http = new BenchHttp(port);
			// As a browser asks: it takes gzip (which it would unpack on its own machine, not on the service's cores).
			this.headers = Map.of("Authorization", token, "Accept-Encoding", "gzip");
			this.next = offset;
			this.byEndpoint = byEndpoint;
		}

		@Override
		public void prepare() {
			this.path = DASHBOARD.get(this.next++ % DASHBOARD.size());
		}

		@Override
		public boolean perform() throws Exception {
			long started = System.nanoTime();
			BenchHttp.Answer answer = this.http.get(this.path, this.headers);
			if (answer.status() != 200 || answer.body().length == 0) {
				throw new IllegalStateException(this.path + " answered " + answer.status());
			}
			Latencies own = this.byEndpoint.computeIfAbsent(this.path, p -> new Latencies());
			synchronized (own) {
				own.record(System.nanoTime() - started);
			}
			return true;
		}

		@Override
		public void close() throws java.io.IOException {
			this.http.close();
		}

	}

	static String fmt(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

}
