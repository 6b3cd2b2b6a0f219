package nl.mijnstad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.mijnstad.demo.city.Scale;

/** Appends one run's table to BENCHMARKS.md: the machine, the data, then one row per measure. */
final class Report {

	/** One measure: the service's figure, its baseline from the same run, their ratio, the target and whether met. */
	record Row(String measure, String result, String baseline, String ratio, String target, String met) {
	}

	private Report() {
	}

	static void append(Path file, Machine machine, Scale scale, long seed, Map<String, Object> results, List<Row> rows)
			throws IOException {
		StringBuilder md = new StringBuilder();
		md.append(String.format(Locale.ROOT, "%n### %s scale, seed %d — %s%n%n", scale.name().toLowerCase(Locale.ROOT),
				seed, machine.date()));
		md.append(String.format(Locale.ROOT,
				"Machine: %d cores (%s), %.1f GiB memory, %s, -Xmx%s (%d MiB usable). Load average %.2f at the start, %.2f at the end "
						+ "(the benchmark's own threads count in it).%n%n",
				machine.cores(), machine.cpu(), machine.memoryBytes() / 1073741824.0, machine.jdk(),
				System.getProperty("bench.xmx", "?"), machine.maxHeapBytes() >> 20, machine.loadAtStart(), (Double) results.get("loadAverageAtEnd")));
		md.append("Data: ").append(describe(results.get("data")))
			.append(Boolean.TRUE.equals(results.get("reusedDatabase")) ? " (the database an earlier run loaded, -Dbench.reuse)" : "")
			.append(".\n\n");
		md.append("| measure | service | baseline (same run) | ratio | target | met |\n");
		md.append("|---|---|---|---|---|---|\n");
		for (Row row : rows) {
			md.append("| ").append(row.measure()).append(" | ").append(row.result()).append(" | ")
				.append(row.baseline()).append(" | ").append(row.ratio()).append(" | ").append(row.target())
				.append(" | ").append(row.met()).append(" |\n");
		}
		if (!Files.exists(file)) {
			Files.writeString(file, "# Benchmarks\n");
		}
		Files.writeString(file, md.toString(), StandardOpenOption.APPEND);
	}

	private static String describe(Object data) {
		if (!(data instanceof Map<?, ?> map)) {
			return "unknown";
		}
		return String.format(Locale.ROOT, "%,d districts, %,d networks, %,d people, %,d memberships, %,d gatherings, %,d ideas (as loaded, before the ingest measure)",
				map.get("districts"), map.get("networks"), map.get("people"), map.get("memberships"),
				map.get("gatherings"), map.get("ideas"));
	}

}
