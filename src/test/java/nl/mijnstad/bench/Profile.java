package nl.mijnstad.bench;

import java.io.IOException;
import java.nio.file.Path;
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
		this.recording.start();
	}

	/** Leaves out what runs until {@link #resume}: JFR cannot pause, so events are simply disabled. */
	void pause() {
		this.recording.disable("jdk.ExecutionSample");
	}

	void resume() {
		this.recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
	}

	/** Stops, writes the .jfr file, and summarises the samples of threads whose name matches. */
	Map<String, Object> summary(int top) throws IOException {
		this.recording.stop();
		this.recording.dump(this.file);
		Map<String, Integer> topFrames = new HashMap<>();
		Map<String, Integer> ownFrames = new HashMap<>();
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(this.file)) {
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
		}
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("file", this.file.toString());
		summary.put("samples", samples);
		summary.put("hottestMethods", shares(topFrames, samples, top));
		summary.put("innermostMijnStadMethods", shares(ownFrames, samples, top));
		return summary;
	}

	private static String thread(RecordedEvent event) {
		var thread = event.getThread("sampledThread");
		String name = thread == null ? "?" : thread.getJavaName();
		return name == null ? "?" : name.replaceAll("-\\d+$", "-N");
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

	private static Map<String, String> shares(Map<String, Integer> counts, int samples, int top) {
		Map<String, String> shares = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(top)
			.forEach(e -> shares.put(e.getKey(), String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * e.getValue() / samples)));
		return shares;
	}

	@Override
	public void close() {
		this.recording.close();
	}

}
