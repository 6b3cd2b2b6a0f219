package nl.mijnstad.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import nl.mijnstad.Api;

/**
 * Hostile variants of a valid CSV upload (a header and one row). Each one is invalid whatever the import does with
 * the rest: it breaks the quoting, the encoding, the header or a size limit, or puts something that cannot be right
 * where an id, code, number, date or enum belongs (the upload's strict columns).
 */
final class CsvAttacks {

	static final int KINDS = 11;

	private CsvAttacks() {
	}

	static HostileRequest attack(String method, String path, HostileInputIT.Valid valid, int kind, Random random) {
		String[] lines = valid.body().split("\n");
		List<String> header = Arrays.asList(lines[0].split(",", -1));
		List<String> row = new ArrayList<>(Arrays.asList(lines[1].split(",", -1)));
		String column = valid.strict().isEmpty() ? header.get(0) : valid.strict().get(random.nextInt(valid.strict().size()));
		int cell = Math.max(0, header.indexOf(column));
		String injection = HostileInputIT.INJECTIONS.get(random.nextInt(HostileInputIT.INJECTIONS.size()));
		String type = random.nextBoolean() ? "text/csv" : "text/csv; charset=UTF-8";
		byte[] bytes = switch (kind) {
			// a quote that is never closed
			case 0 -> with(lines[0], row, cell, "\"" + row.get(cell) + ",x\nmore", random);
			// invalid UTF-8 in a strict cell
			case 1 -> {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				byte[] before = (lines[0] + "\n" + String.join(",", row.subList(0, cell)) + (cell > 0 ? "," : ""))
					.getBytes(StandardCharsets.UTF_8);
				out.writeBytes(before);
				out.writeBytes(new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF });
				out.writeBytes((row.get(cell) + (cell + 1 < row.size() ? "," : "")
						+ String.join(",", row.subList(cell + 1, row.size())) + "\n").getBytes(StandardCharsets.UTF_8));
				yield out.toByteArray();
			}
			// control characters in a strict cell
			case 2 -> with(lines[0], row, cell, row.get(cell) + "\u0000\u001b[31m\u0007", random);
			// an injection string (Cypher, script, spreadsheet formula) in a strict cell
			case 3 -> with(lines[0], row, cell, "\"" + injection.replace("\"", "\"\"") + "\"", random);
			// a huge strict cell
			case 4 -> with(lines[0], row, cell, "9".repeat(100_000 + random.nextInt(300_000)), random);
			// a required column renamed to an injection string
			case 5 -> (lines[0].replace(column, injection.replaceAll("[\",\\n]", "")) + "\n" + lines[1] + "\n")
				.getBytes(StandardCharsets.UTF_8);
			// not text at all
			case 6 -> {
				byte[] garbage = new byte[1 + random.nextInt(4096)];
				random.nextBytes(garbage);
				yield garbage;
			}
			// nothing, or only blank lines
			case 7 -> (random.nextBoolean() ? "" : "\n\n\r\n").getBytes(StandardCharsets.UTF_8);
			// ten thousand columns, and a strict cell that cannot be right
			case 8 -> with(lines[0], row, cell, injection.replaceAll("[\",\\n]", "") + ",x".repeat(10_000), random);
			// over the body limit
			case 9 -> (lines[0] + "\n" + (lines[1] + "\n").repeat(1_100_000 / lines[1].length() + 1))
				.getBytes(StandardCharsets.UTF_8);
			// the valid upload, declared as JSON or XML
			default -> {
				type = random.nextBoolean() ? "application/json" : "application/xml";
				yield valid.body().getBytes(StandardCharsets.UTF_8);
			}
		};
		return new HostileRequest(method, path, bytes, type, Api::admin, "csv " + kind + " " + column);
	}

	private static byte[] with(String header, List<String> row, int cell, String value, Random random) {
		List<String> changed = new ArrayList<>(row);
		changed.set(cell, value);
		String separator = random.nextInt(4) == 0 ? "\r\n" : "\n";
		return (header + separator + String.join(",", changed) + separator).getBytes(StandardCharsets.UTF_8);
	}

}
