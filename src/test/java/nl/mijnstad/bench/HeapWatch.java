package nl.mijnstad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The peak of the JVM's used heap while an operation runs, sampled every few milliseconds, and the heap used
 * before it (after a full collection), so the operation's own share can be told from what was there already.
 */
final class HeapWatch implements AutoCloseable {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private final long before;

	private volatile long peak;

	private volatile boolean running = true;

	private final Thread sampler;

	HeapWatch() {
		System.gc();
		this.before = MEMORY.getHeapMemoryUsage().getUsed();
		this.peak = this.before;
		this.sampler = Thread.ofPlatform().daemon().name("bench-heap").start(() -> {
			while (this.running) {
				long used = MEMORY.getHeapMemoryUsage().getUsed();
				if (used > this.peak) {
					this.peak = used;
				}
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
	}

	long beforeBytes() {
		return this.before;
	}

	long peakBytes() {
		return this.peak;
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.sampler.join();
	}

}
