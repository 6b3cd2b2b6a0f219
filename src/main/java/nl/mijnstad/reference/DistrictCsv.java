package nl.mijnstad.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a CSV of districts ({@code code,name,population[,age_0_14,…,age_65_plus][,municipality]}) and checks
 * every row, so an admin gets the whole list of what is wrong at once. Pure Java, no I/O.
 *
 * <p>Rows are numbered as a spreadsheet shows them: the header is row 1. Age bands are all five or none; where
 * given they must add up to the population within 2% or 25 people (CBS rounds each figure to 5). Fields may
 * be quoted ("…") as RFC 4180 allows; a semicolon-separated file (Dutch Excel) is read the same way.
 */
public final class DistrictCsv {

	/** The age band columns, in the order of {@code GraphProjection.AGE_BANDS}. */
	public static final List<String> AGE_COLUMNS = List.of("age_0_14", "age_15_24", "age_25_44", "age_45_64",
			"age_65_plus");

	static final int MAX_ROWS = 10_000;

	private static final Set<String> KNOWN = Set.of("code", "name", "population", "municipality", "age_0_14",
			"age_15_24", "age_25_44", "age_45_64", "age_65_plus");

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");

	private DistrictCsv() {
	}

	/** One district as read. */
	public record Row(int row, String code, String name, long population, List<Long> ageBands, String municipality) {
	}

	/** What is wrong with one row (or, as row 1, with the header). */
	public record RowReport(int row, String code, List<String> errors) {
	}

	/** The rows read; {@code problems} is empty when every row is good. */
	public record Parsed(boolean headerOk, List<Row> rows, List<RowReport> problems) {
	}

	public static Parsed parse(String text) {
		List<List<String>> lines = records(text == null ? "" : text);
		if (lines.isEmpty()) {
			return new Parsed(false, List.of(), List.of(new RowReport(1, null, List.of("the file is empty"))));
		}
		List<String> header = lines.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
			header = new ArrayList<>(header);
			header.set(0, header.get(0).substring(1));
		}
		List<String> headerErrors = new ArrayList<>();
		Map<String, Integer> column = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			if (!KNOWN.contains(header.get(i))) {
				headerErrors.add("unknown column '" + header.get(i) + "'");
			}
			else if (column.put(header.get(i), i) != null) {
				headerErrors.add("column '" + header.get(i) + "' appears twice");
			}
		}
		for (String required : List.of("code", "name", "population")) {
			if (!column.containsKey(required)) {
				headerErrors.add("missing column '" + required + "'");
			}
		}
		long ageColumns = AGE_COLUMNS.stream().filter(column::containsKey).count();
		if (ageColumns != 0 && ageColumns != AGE_COLUMNS.size()) {
			headerErrors.add("age bands are all five columns (" + String.join(", ", AGE_COLUMNS) + ") or none");
		}
		if (lines.size() - 1 > MAX_ROWS) {
			headerErrors.add("at most " + MAX_ROWS + " districts per file, got " + (lines.size() - 1));
		}
		if (!headerErrors.isEmpty()) {
			return new Parsed(false, List.of(), List.of(new RowReport(1, null, headerErrors)));
		}
		if (lines.size() == 1) {
			return new Parsed(true, List.of(), List.of(new RowReport(1, null, List.of("the file has no districts"))));
		}
		boolean withAges = ageColumns > 0;
		List<Row> rows = new ArrayList<>();
		List<RowReport> problems = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 1; i < lines.size(); i++) {
			int number = i + 1;
			List<String> fields = lines.get(i);
			List<String> errors = new ArrayList<>();
			if (fields.size() != header.size()) {
				errors.add("has " + fields.size() + " fields, the header has " + header.size());
				problems.add(new RowReport(number, fields.isEmpty() ? null : fields.get(0).strip(), errors));
				continue;
			}
			String code = fields.get(column.get("code")).strip();
			String name = fields.get(column.get("name")).strip();
			if (!CODE.matcher(code).matches()) {
				errors.add("code must be 1 to 20 letters, digits, '-' or '_'");
			}
			else if (seen.putIfAbsent(code.toUpperCase(Locale.ROOT), number) != null) {
				errors.add("code appears already in row " + seen.get(code.toUpperCase(Locale.ROOT)));
			}
			if (name.isEmpty() || name.length() > 200) {
				errors.add("name must be 1 to 200 characters");
			}
			Long population = count(fields.get(column.get("population")), "population", errors);
			List<Long> bands = null;
			if (withAges) {
				bands = new ArrayList<>();
				boolean allRead = true;
				for (String band : AGE_COLUMNS) {
					Long value = count(fields.get(column.get(band)), band, errors);
					allRead &= value != null;
					bands.add(value);
				}
				if (allRead && population != null) {
					long sum = bands.stream().mapToLong(Long::longValue).sum();
					if (Math.abs(sum - population) > Math.max(25, population / 50)) {
						errors.add("age bands add up to " + sum + ", the population is " + population);
					}
				}
			}
			String municipality = column.containsKey("municipality") ? fields.get(column.get("municipality")).strip()
					: null;
			if (municipality != null && (municipality.isEmpty() || !CODE.matcher(municipality).matches())) {
				municipality = municipality.isEmpty() ? null : municipality;
				if (municipality != null) {
					errors.add("municipality must be a code of 1 to 20 letters, digits, '-' or '_', e.g. GM0796");
				}
			}
			if (errors.isEmpty()) {
				rows.add(new Row(number, code, name, population, bands == null ? null : List.copyOf(bands),
						municipality));
			}
			else {
				problems.add(new RowReport(number, code.isEmpty() ? null : code, List.copyOf(errors)));
			}
		}
		return new Parsed(true, List.copyOf(rows), List.copyOf(problems));
	}

	private static Long count(String text, String field, List<String> errors) {
		String value = text.strip();
		try {
			long parsed = Long.parseLong(value);
			if (parsed < 0 || parsed > 100_000_000L) {
				errors.add(field + " must be between 0 and 100,000,000, got " + value);
				return null;
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			errors.add(field + " must be a whole number, got '" + value + "'");
			return null;
		}
	}

	/** Splits the text into records of fields; blank lines are skipped. */
	static List<List<String>> records(String text) {
		char separator = separator(text);
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
				any = true;
			}
			else if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
				any = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				end(records, fields, field, any);
				fields = new ArrayList<>();
				any = false;
			}
			else {
				field.append(c);
				any |= !Character.isWhitespace(c);
			}
		}
		end(records, fields, field, any);
		return records;
	}

	private static void end(List<List<String>> records, List<String> fields, StringBuilder field, boolean any) {
		if (any || !fields.isEmpty()) {
			fields.add(field.toString());
			records.add(fields);
		}
		field.setLength(0);
	}

	private static char separator(String text) {
		int end = text.indexOf('\n');
		String first = (end < 0) ? text : text.substring(0, end);
		return (first.indexOf(';') >= 0 && first.indexOf(',') < 0) ? ';' : ',';
	}

	/** The districts as the import writes them: one map per row, age bands under their column names. */
	static List<Map<String, Object>> asParameters(List<Row> rows) {
		List<Map<String, Object>> parameters = new ArrayList<>(rows.size());
		for (Row row : rows) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("code", row.code());
			map.put("name", row.name());
			map.put("population", row.population());
			for (int i = 0; i < AGE_COLUMNS.size(); i++) {
				map.put(AGE_COLUMNS.get(i), row.ageBands() == null ? null : row.ageBands().get(i));
			}
			map.put("municipality", row.municipality());
			parameters.add(map);
		}
		return parameters;
	}

	static Set<String> codes(List<Row> rows) {
		Set<String> codes = new HashSet<>();
		rows.forEach(r -> codes.add(r.code()));
		return codes;
	}

}
