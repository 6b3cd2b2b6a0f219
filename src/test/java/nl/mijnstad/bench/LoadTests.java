package nl.mijnstad.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadTests {

	/** Fails every third operation of its own. */
	private static final class Counting implements Load.Client {

		final AtomicInteger prepared = new AtomicInteger();

		final AtomicInteger performed = new AtomicInteger();

		@Override
		public void prepare() {
			this.prepared.incrementAndGet();
		}

		@Override
		public boolean perform() {
			return this.performed.incrementAndGet() % 3 != 0;
		}

	}

	@Test
	void countsEverySuccessAndFailureOfEveryClientAndRecordsALatencyPerSuccess() throws InterruptedException {
		List<Counting> clients = List.of(new Counting(), new Counting(), new Counting());
		Load.Outcome outcome = new Load().run(clients, Duration.ofMillis(50));
		int performed = clients.stream().mapToInt(c -> c.performed.get()).sum();
		int failures = clients.stream().mapToInt(c -> c.performed.get() / 3).sum();
		assertThat(performed).isPositive();
		assertThat(clients).allSatisfy(c -> assertThat(c.prepared.get()).isEqualTo(c.performed.get()));
		assertThat(outcome.completed() + outcome.failed()).isEqualTo(performed);
		assertThat(outcome.failed()).isEqualTo(failures);
		assertThat(outcome.latencies().count()).isEqualTo(outcome.completed());
		assertThat(outcome.perSecond()).isEqualTo(outcome.completed() / outcome.seconds());
	}

	@Test
	void chargesTheProcessCpuOfTheRunToItsOperations() throws InterruptedException {
		// Each operation keeps its thread busy for about 2 ms of CPU: the run must charge at least most of it.
		Load.Client spinning = new Load.Client() {
			@Override
			public void prepare() {
			}

			@Override
			public boolean perform() {
				java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
				long until = threads.getCurrentThreadCpuTime() + 2_000_000L;
				while (threads.getCurrentThreadCpuTime() < until) {
					Thread.onSpinWait();
				}
				return true;
			}
		};
		Load.Outcome outcome = new Load().run(List.of(spinning), Duration.ofMillis(200));
		assertThat(outcome.completed()).isPositive();
		assertThat(outcome.cpuMillisPerOperation()).isGreaterThanOrEqualTo(1.5);
		assertThat(outcome.cpuBusy()).isPositive().isLessThanOrEqualTo(1.05);
	}

	@Test
	void closesClientsThatHoldAConnection() throws InterruptedException {
		AtomicInteger closed = new AtomicInteger();
		final class Closing implements Load.Client, AutoCloseable {

			@Override
			public void prepare() {
			}

			@Override
			public boolean perform() {
				return true;
			}

			@Override
			public void close() {
				closed.incrementAndGet();
			}

		}
		new Load().run(List.of(new Closing(), new Closing()), Duration.ofMillis(10));
		assertThat(closed).hasValue(2);
	}

	@Test
	void anExceptionCountsAsAFailureAndIsReported() throws InterruptedException {
		Load.Client failing = new Load.Client() {
			@Override
			public void prepare() {
			}

			@Override
			public boolean perform() {
				throw new IllegalStateException("HTTP 500");
			}
		};
		Load.Outcome outcome = new Load().run(List.of(failing), Duration.ofMillis(20));
		assertThat(outcome.completed()).isZero();
		assertThat(outcome.failed()).isPositive();
		assertThat(outcome.firstFailure()).contains("HTTP 500");
	}

}
