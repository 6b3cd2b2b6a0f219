package nl.mijnstad.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import nl.mijnstad.analytics.algorithm.MembershipOverlap;
import nl.mijnstad.analytics.algorithm.NetworkCluster;
import nl.mijnstad.analytics.algorithm.NetworkClustering;
import nl.mijnstad.analytics.algorithm.NetworkOverlap;
import nl.mijnstad.analytics.algorithm.NetworkSimilarityGraph;
import nl.mijnstad.graph.CypherQueries;
import nl.mijnstad.submission.GatheringSubmitted;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps the analytics fresh without making a read wait. A background thread polls the database's change
 * signature (counts kept by Neo4j, changed by every submission in its own transaction, so every instance sharing
 * one database notices every write); when it changes, the thread reads one projection, computes every
 * {@link AnalysisPart} and publishes the new snapshot. Reads always get the latest published snapshot.
 *
 * <p>A gathering submitted through this instance ({@link GatheringSubmitted}, after its commit) wakes the thread
 * at once instead of at the next poll. Wake-ups coalesce: while a refresh runs, any number of submissions queue
 * one more refresh, not one each; and after a refresh during which writes went on, the thread rests
 * {@code restFactor} times as long as the refresh took before it starts another, for a wake-up or a poll
 * ({@link RefreshPacing}), so under sustained ingest it is busy at most a third of the time (by default) and
 * writers and readers keep the rest, while a lone write shows after one refresh.
 */
@Service
public class Analytics implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Analytics.class);

	private static final String SIGNATURE = CypherQueries.load("analytics_signature");

	private final ProjectionReader reader;

	private final Driver driver;

	private final AnalyticsProperties properties;

	private final ObjectProvider<AnalysisPart<?>> parts;

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	private final CompletableFuture<Snapshot> first = new CompletableFuture<>();

	/** Whether a wake-up refresh is already queued; further wake-ups until it starts change nothing. */
	private final AtomicBoolean wakeQueued = new AtomicBoolean();

	/** Open {@link #pause() pauses}; while any is open the thread skips its polls and wake-ups. */
	private final AtomicInteger pauses = new AtomicInteger();

	/** When the thread may next refresh, after resting from the last refresh. */
	private final RefreshPacing pacing;

	private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "analytics-refresh");
		thread.setDaemon(true);
		return thread;
	});

	Analytics(ProjectionReader reader, Driver driver, AnalyticsProperties properties,
			ObjectProvider<AnalysisPart<?>> parts) {
		this.reader = reader;
		this.driver = driver;
		this.properties = properties;
		this.parts = parts;
		this.pacing = new RefreshPacing(properties.restFactor(), System::nanoTime);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		long interval = this.properties.pollInterval().toMillis();
		// The poll rests too: it comes every interval whatever the last refresh took, so under sustained writes a poll
		// that ignored the rest would start refreshes back to back and the rest would hold for wake-ups only.
		this.refresher.scheduleWithFixedDelay(() -> {
			if (this.pacing.rested()) {
				refreshIfChanged();
			}
		}, 0, interval, TimeUnit.MILLISECONDS);
	}

	/** A gathering committed here: refresh now (or once the thread has rested) rather than at the next poll. */
	@EventListener
	void submitted(GatheringSubmitted event) {
		if (this.wakeQueued.compareAndSet(false, true)) {
			wakeIn(this.pacing.delayNanos());
		}
	}

	/**
	 * The queued wake-up. The rest is checked when it runs, not when it was queued: a submission that commits while
	 * a refresh runs queues it with no delay (the rest starts only when that refresh ends), and it would otherwise
	 * start the next refresh straight after.
	 */
	private void wake() {
		long delay = this.pacing.delayNanos();
		if (delay > 0) {
			wakeIn(delay);
			return;
		}
		this.wakeQueued.set(false);
		refreshIfChanged();
	}

	private void wakeIn(long delayNanos) {
		try {
			this.refresher.schedule(this::wake, delayNanos, TimeUnit.NANOSECONDS);
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			// shutting down: the poll is gone too, and nobody reads any more
			this.wakeQueued.set(false);
		}
	}

	/** The latest snapshot; only right after start-up does this wait, for the first one. */
	public Snapshot snapshot() {
		Snapshot snapshot = this.current.get();
		if (snapshot != null) {
			return snapshot;
		}
		try {
			return this.first.get(2, TimeUnit.MINUTES);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("The first analytics snapshot is not ready", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("The analytics could not be computed", ex.getCause());
		}
	}

	/** The latest snapshot, or null before the first one: for what must not wait. */
	Snapshot latest() {
		return this.current.get();
	}

	/** An open pause of the refresher; closing it lets the refresher catch up at once. */
	public interface Pause extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * Holds refreshes back until the returned pause is closed; reads keep the last snapshot meanwhile. For a stretch
	 * of work that should have the cores to itself, such as the ingest benchmark (a refresh's cost grows with the
	 * data, so it would weigh most on whichever measured round came last). Returns once a refresh that was running
	 * has finished, so none overlaps what follows.
	 */
	public Pause pause() {
		this.pauses.incrementAndGet();
		try {
			// The refresher is one thread: once this no-op has run, any refresh that was running is over.
			this.refresher.submit(() -> { }).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException ex) {
			// shutting down: there is nothing left to hold back
		}
		AtomicBoolean closed = new AtomicBoolean();
		return () -> {
			if (closed.compareAndSet(false, true) && this.pauses.decrementAndGet() == 0) {
				wakeIn(0);
			}
		};
	}

	/** Waits until the analytics reflect every write committed before this call; for tests and benchmarks. */
	public Snapshot awaitFresh(Duration timeout) throws InterruptedException {
		List<Long> target = signature();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Snapshot snapshot = this.current.get();
			if (snapshot != null && snapshot.signature().equals(target)) {
				return snapshot;
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("The analytics did not catch up within " + timeout);
	}

	private void refreshIfChanged() {
		if (this.pauses.get() > 0) {
			return;
		}
		try {
			List<Long> signature = signature();
			Snapshot snapshot = this.current.get();
			if (snapshot == null || !snapshot.signature().equals(signature)) {
				long started = System.nanoTime();
				Snapshot fresh = compute(signature);
				this.current.set(fresh);
				this.first.complete(fresh);
				// Rest only when writes went on while it ran (sustained ingest): after a lone write there is nothing
				// to leave the cores to, and the next lone write should show as soon as one refresh allows.
				long took = System.nanoTime() - started;
				this.pacing.refreshed(took, !signature().equals(signature));
			}
		}
		catch (RuntimeException ex) {
			// The database may be down for a moment; the next poll tries again and reads keep the last snapshot.
			log.warn("Analytics refresh failed: {}", ex.getMessage());
		}
		catch (OutOfMemoryError ex) {
			// Only this refresh's own work is lost (its half-built projection is garbage now); reads keep the last
			// snapshot. Letting the error escape would make the scheduler cancel the task: analytics frozen, silently.
			log.error("Analytics refresh ran out of memory; the last snapshot stays until a refresh succeeds");
		}
	}

	private List<Long> signature() {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(SIGNATURE).single().get("signature").asList(Value::asLong));
		}
	}

	/** Makes every part drop what it reuses between refreshes, so that the next one computes everything. */
	void forgetReusedResults() {
		this.parts.orderedStream().forEach(AnalysisPart::forget);
	}

	Snapshot compute(List<Long> signature) {
		Timings timings = new Timings();
		GraphProjection projection = this.reader.read();
		timings.lap("projection read");
		List<String> networkIds = projection.networks().stream().map(GraphProjection.Network::id).toList();
		MembershipOverlap overlap = new MembershipOverlap(networkIds, projection.networksOfPerson(),
				MembershipOverlap.Limits.DEFAULTS.withTopKPerNetwork(this.properties.overlapTopK()));
		List<NetworkOverlap> overlaps = overlap.overlaps();
		timings.lap("member overlap");
		Map<String, Set<String>> valuesByNetwork = new HashMap<>();
		for (GraphProjection.Gathering gathering : projection.gatherings()) {
			valuesByNetwork.computeIfAbsent(networkIds.get(gathering.network()), id -> new java.util.HashSet<>())
				.addAll(gathering.values());
		}
		for (String id : networkIds) {
			valuesByNetwork.putIfAbsent(id, Set.of());
		}
		NetworkSimilarityGraph similarity = new NetworkSimilarityGraph(valuesByNetwork, overlaps)
			.keepingValueNeighbours(this.properties.overlapTopK());
		NetworkClustering clustering = new NetworkClustering(similarity.graph(), this.properties.seed());
		List<NetworkCluster> clusters = clustering.clusters();
		int[] clusterOfNetwork = new int[networkIds.size()];
		for (NetworkCluster cluster : clusters) {
			for (String network : cluster.networks()) {
				clusterOfNetwork[projection.networkIndex().get(network)] = cluster.id();
			}
		}
		timings.lap("clusters");
		Snapshot snapshot = new Snapshot(projection, overlaps, similarity.valueOverlaps(), clusters, clusterOfNetwork,
				Instant.now(), signature);
		List<AnalysisPart<?>> all = new ArrayList<>();
		this.parts.orderedStream().forEach(all::add);
		for (AnalysisPart<?> part : all) {
			snapshot.part(part.key(), () -> part.compute(snapshot));
			timings.lap(part.getClass().getSimpleName());
		}
		snapshot.recordTimings(timings.millis());
		log.info("Analytics refreshed: {} networks, {} people, {} gatherings in {} ms; {}", networkIds.size(),
				projection.people().size(), projection.gatherings().size(), timings.total(), timings.millis());
		return snapshot;
	}

	/** How long each step of a refresh took, in order: to see which part to work on when a refresh is slow. */
	private static final class Timings {

		private final long started = System.nanoTime();

		private long last = this.started;

		private final Map<String, Long> millis = new java.util.LinkedHashMap<>();

		void lap(String step) {
			long now = System.nanoTime();
			// A part that builds on another computes it first; that time is counted where it happened.
			this.millis.merge(step, (now - this.last) / 1_000_000, Long::sum);
			this.last = now;
		}

		Map<String, Long> millis() {
			return this.millis;
		}

		long total() {
			return (this.last - this.started) / 1_000_000;
		}

	}

	@Override
	public void destroy() {
		this.refresher.shutdownNow();
	}

}
