package nl.mijnstad.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The progress display: one line per step, and while a long step runs, a line every few seconds saying how far
 * it is. Lines rather than a redrawn bar, because Maven relays the forked JVM's output line by line.
 */
final class Progress implements AutoCloseable {

	private final long started = System.nanoTime();

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "bench-progress");
		thread.setDaemon(true);
		return thread;
	});

	private final int steps;

	private int step;

	Progress(int steps) {
		this.steps = steps;
	}

	/** Starts the next step; {@code status} is asked every {@code every} for a line while the step runs. */
	Step step(String name, Duration every, Supplier<String> status) {
		this.step++;
		String prefix = String.format(Locale.ROOT, "[bench %d/%d] %s", this.step, this.steps, name);
		print(prefix + " …");
		long begun = System.nanoTime();
		var ticking = this.ticker.scheduleAtFixedRate(
				() -> print(String.format(Locale.ROOT, "%s  %5.0f s  %s", prefix, (System.nanoTime() - begun) / 1e9,
						status.get())),
				every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
		return outcome -> {
			ticking.cancel(false);
			print(String.format(Locale.ROOT, "%s done in %.1f s: %s", prefix, (System.nanoTime() - begun) / 1e9,
					outcome));
		};
	}

	Step step(String name) {
		return step(name, Duration.ofSeconds(5), () -> "");
	}

	void print(String line) {
		System.out.printf(Locale.ROOT, "%7.1f s | %s%n", (System.nanoTime() - this.started) / 1e9, line);
		System.out.flush();
	}

	@Override
	public void close() {
		this.ticker.shutdownNow();
	}

	/** A running step; {@link #done} prints its outcome. */
	interface Step {

		void done(String outcome);

	}

}
