package nl.mijnstad.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of a measured operation and the summary that explains where its time went: the share of
 * execution samples per hottest method (top frame) and per innermost Mijn Stad method on the stack.
 */
final class Profile implements AutoCloseable {

	private final Recording recording = new Recording();

	private final Path file;

	Profile(Path file) {
		this.file = file;
		this.recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
		this.recording.enable("jdk.GarbageCollection");
		this.recording.enable("jdk.ObjectAllocationSample").with("throttle", "300/s");
		this.recording.start();
	}

	/** Stops, writes the .jfr file, and summarises the samples of threads whose name matches. */
	Map<String, Object> summary(int top) throws IOException {
		this.recording.stop();
		this.recording.dump(this.file);
		Map<String, Integer> topFrames = new HashMap<>();
		Map<String, Integer> ownFrames = new HashMap<>();
		Map<String, Integer> threads = new HashMap<>();
		Pauses pauses = new Pauses();
		Map<String, Long> allocationByThread = new HashMap<>();
		Map<String, Long> allocationBySite = new HashMap<>();
		long allocatedBytes = 0;
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(this.file)) {
			if (event.getEventType().getName().equals("jdk.GarbageCollection")) {
				pauses.add(event);
				continue;
			}
			if (event.getEventType().getName().equals("jdk.ObjectAllocationSample")) {
				// The weight is the bytes this sample stands for: what the collector has to clear up after.
				long weight = event.getLong("weight");
				allocatedBytes += weight;
				allocationByThread.merge(thread(event, "eventThread").replaceAll("\\d+", "N"), weight, Long::sum);
				allocationBySite.merge(site(event), weight, Long::sum);
				continue;
			}
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			if (frames.isEmpty()) {
				continue;
			}
			samples++;
			topFrames.merge(name(frames.getFirst()), 1, Integer::sum);
			String own = frames.stream()
				.map(Profile::name)
				.filter(n -> n.startsWith("nl.mijnstad.") && !n.startsWith("nl.mijnstad.bench."))
				.findFirst()
				.orElse("(outside Mijn Stad: " + thread(event) + ")");
			ownFrames.merge(own, 1, Integer::sum);
			threads.merge(thread(event).replaceAll("\\d+", "N"), 1, Integer::sum);
		}
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("file", this.file.toString());
		summary.put("samples", samples);
		summary.put("hottestMethods", shares(topFrames, samples, top));
		summary.put("innermostMijnStadMethods", shares(ownFrames, samples, top));
		summary.put("threads", shares(threads, samples, top));
		summary.put("garbageCollection", pauses.toMap());
		summary.put("allocatedMiB", allocatedBytes >> 20);
		summary.put("allocationByThread", shares(allocationByThread, allocatedBytes, top));
		summary.put("allocationBySite", shares(allocationBySite, allocatedBytes, top));
		return summary;
	}

	/** The collector's pauses while recording: a reader that meets one waits it out. */
	private static final class Pauses {

		private int count;

		private double totalMillis;

		private double longestMillis;

		private final Map<String, Integer> byName = new java.util.TreeMap<>();

		void add(RecordedEvent event) {
			double millis = event.getDuration("sumOfPauses").toNanos() / 1e6;
			this.count++;
			this.totalMillis += millis;
			this.longestMillis = Math.max(this.longestMillis, event.getDuration("longestPause").toNanos() / 1e6);
			this.byName.merge(event.getString("name"), 1, Integer::sum);
		}

		Map<String, Object> toMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("collections", this.count);
			map.put("byCollector", this.byName);
			map.put("pausedMs", Math.round(this.totalMillis * 10) / 10.0);
			map.put("longestPauseMs", Math.round(this.longestMillis * 10) / 10.0);
			return map;
		}

	}

	/** Where an allocation was made: the innermost Mijn Stad frame, or else the allocating thread and top frame. */
	private static String site(RecordedEvent event) {
		if (event.getStackTrace() == null || event.getStackTrace().getFrames().isEmpty()) {
			return "(no stack: " + thread(event, "eventThread") + ")";
		}
		List<RecordedFrame> frames = event.getStackTrace().getFrames();
		return frames.stream()
			.map(Profile::name)
			.filter(n -> n.startsWith("nl.mijnstad.") && !n.startsWith("nl.mijnstad.bench."))
			.findFirst()
			.orElse("(outside Mijn Stad: " + thread(event, "eventThread") + " " + name(frames.getFirst()) + ")");
	}

	private static String thread(RecordedEvent event) {
		return thread(event, "sampledThread");
	}

	private static String thread(RecordedEvent event, String field) {
		var thread = event.getThread(field);
		String name = thread == null ? "?" : thread.getJavaName();
		return name == null ? "?" : name.replaceAll("-\\d+$", "-N");
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

	private static <N extends Number> Map<String, String> shares(Map<String, N> counts, long samples, int top) {
		Map<String, String> shares = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Comparator.comparingDouble((Map.Entry<String, N> e) -> e.getValue().doubleValue()).reversed())
			.limit(top)
			.forEach(e -> shares.put(e.getKey(),
					String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * e.getValue().doubleValue() / samples)));
		return shares;
	}

	@Override
	public void close() {
		this.recording.close();
	}

}
