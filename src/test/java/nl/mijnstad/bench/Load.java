package nl.mijnstad.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs clients concurrently, one platform thread each, until a deadline or until stopped: each thread repeats
 * its operation and records the latency of every one that succeeds. Throughput is operations completed over
 * the wall time of the run.
 */
final class Load {

	/** One client: prepares its next operation (not timed) and performs it (timed). */
	interface Client {

		/** Prepares the next operation, outside the timed part (building a body, computing parameters). */
		void prepare();

		/** Performs it; an exception or false counts as a failure. */
		boolean perform() throws Exception;

	}

	/** What a run did. */
	record Outcome(long completed, long failed, double seconds, Latencies latencies, String firstFailure,
			double cpuSeconds) {

		double perSecond() {
			return this.completed / this.seconds;
		}

		/** The whole process's CPU time per completed operation: service and load generator, in milliseconds. */
		double cpuMillisPerOperation() {
			return this.completed == 0 ? Double.NaN : this.cpuSeconds * 1000 / this.completed;
		}

		/** How much of the machine's cores the process kept busy during the run (1 = all of them). */
		double cpuBusy() {
			return this.cpuSeconds / (this.seconds * Runtime.getRuntime().availableProcessors());
		}

		/** Several runs as one: their operations, wall times and CPU added up, their latencies merged. */
		static Outcome combine(List<Outcome> outcomes) {
			return new Outcome(outcomes.stream().mapToLong(Outcome::completed).sum(),
					outcomes.stream().mapToLong(Outcome::failed).sum(),
					outcomes.stream().mapToDouble(Outcome::seconds).sum(),
					Latencies.merge(outcomes.stream().map(Outcome::latencies).toList()),
					outcomes.stream().map(Outcome::firstFailure).filter(Objects::nonNull).findFirst().orElse(null),
					outcomes.stream().mapToDouble(Outcome::cpuSeconds).sum());
		}

		Map<String, Object> toMap() {
			Map<String, Object> map = new java.util.LinkedHashMap<>();
			map.put("completed", this.completed);
			map.put("failed", this.failed);
			map.put("seconds", round(this.seconds));
			map.put("perSecond", round(perSecond()));
			map.put("p50Ms", round(this.latencies.percentileMillis(50)));
			map.put("p99Ms", round(this.latencies.percentileMillis(99)));
			map.put("maxMs", round(this.latencies.maxMillis()));
			map.put("cpuMsPerOperation", round(cpuMillisPerOperation()));
			map.put("cpuBusy", round(cpuBusy()));
			if (this.firstFailure != null) {
				map.put("firstFailure", this.firstFailure);
			}
			return map;
		}

	}

	static double round(double value) {
		return Double.isNaN(value) ? value : Math.round(value * 100) / 100.0;
	}

	private final AtomicLong completed = new AtomicLong();

	private final AtomicBoolean stop = new AtomicBoolean();

	/** Operations completed so far in the current run, for the progress display. */
	long completedSoFar() {
		return this.completed.get();
	}

	/** Ends a run started without a deadline (or before it). */
	void stop() {
		this.stop.set(true);
	}

	Outcome run(List<? extends Client> clients, Duration duration) throws InterruptedException {
		this.completed.set(0);
		this.stop.set(false);
		AtomicLong failed = new AtomicLong();
		AtomicReference<String> firstFailure = new AtomicReference<>();
		List<Latencies> latencies = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		long cpuStart = processCpuNanos();
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		for (int c = 0; c < clients.size(); c++) {
			Client client = clients.get(c);
			Latencies own = new Latencies();
			latencies.add(own);
			threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
				// At least once per client: on a loaded machine a thread may first run after a short deadline.
				do {
					client.prepare();
					long begun = System.nanoTime();
					boolean ok;
					try {
						ok = client.perform();
					}
					catch (Exception ex) {
						ok = false;
						firstFailure.compareAndSet(null, ex.toString());
					}
					if (ok) {
						own.record(System.nanoTime() - begun);
						this.completed.incrementAndGet();
					}
					else {
						failed.incrementAndGet();
					}
				}
				while (!this.stop.get() && System.nanoTime() < deadline);
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
		for (Client client : clients) {
			if (client instanceof AutoCloseable closeable) {
				try {
					closeable.close();
				}
				catch (Exception ex) {
					// a connection that will not close quietly changes no result
				}
			}
		}
		return new Outcome(this.completed.get(), failed.get(), seconds, Latencies.merge(latencies),
				firstFailure.get(), cpuSeconds);
	}

	/** CPU time of this process (service, database and load generator share it), in nanoseconds. */
	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

}
