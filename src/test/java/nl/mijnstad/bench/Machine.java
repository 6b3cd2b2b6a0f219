package nl.mijnstad.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the benchmark ran on: cores, memory, CPU, JDK, heap limit, date and the machine's load. */
record Machine(int cores, long memoryBytes, String cpu, String jdk, long maxHeapBytes, String date,
		double loadAtStart) {

	static Machine now() {
		long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize();
		return new Machine(Runtime.getRuntime().availableProcessors(), memory, cpuModel(),
				System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
				Runtime.getRuntime().maxMemory(), OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString(),
				load());
	}

	/** The one-minute load average; on these machines other engineers' builds share the cores. */
	static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(line -> line.startsWith("model name"))
				.map(line -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("cores", this.cores);
		map.put("memoryGiB", Math.round(this.memoryBytes / 1073741824.0 * 10) / 10.0);
		map.put("cpu", this.cpu);
		map.put("jdk", this.jdk);
		map.put("maxHeapMiB", this.maxHeapBytes / 1048576);
		map.put("date", this.date);
		map.put("loadAverageAtStart", this.loadAtStart);
		return map;
	}

}
