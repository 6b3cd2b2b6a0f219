package nl.mijnstad.imports;

import nl.mijnstad.api.PlainText;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a spreadsheet user sees it: a header row and numbered rows. Reads strict UTF-8 (a byte-order
 * mark is allowed), commas or, as Dutch Excel writes them, semicolons, and quoted fields as RFC 4180 allows.
 * Rows are numbered as the spreadsheet numbers them: the header is line 1. Blank rows are skipped but counted.
 */
final class CsvTable {

	/** One data row with its line number; {@code get} answers "" for a column the file does not have. */
	record Row(int line, Map<String, String> fields) {

		String get(String column) {
			String value = this.fields.get(column);
			return value == null ? "" : value.strip();
		}

	}

	private final List<Row> rows;

	private CsvTable(List<Row> rows) {
		this.rows = rows;
	}

	List<Row> rows() {
		return this.rows;
	}

	/**
	 * Reads the file, or throws {@link ImportRejected} for a file that cannot be read as a table of the given
	 * columns: not UTF-8, broken quoting, unknown or missing columns, control characters, too many rows.
	 */
	static CsvTable read(byte[] bytes, List<String> columns, Set<String> required, int maxRows) {
		String text = utf8(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new ImportRejected(List.of(new RowProblem(1, null, "the file is empty; see the template")));
		}
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter(text))
			.setIgnoreEmptyLines(false)
			.setTrim(false)
			.get();
		List<RowProblem> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> header = null;
			Map<String, Integer> index = new HashMap<>();
			for (CSVRecord record : parser) {
				int line = (int) record.getRecordNumber();
				if (header == null) {
					header = record.toList().stream().map(h -> h.strip()).toList();
					checkHeader(header, columns, required, index, problems);
					if (!problems.isEmpty()) {
						throw new ImportRejected(problems);
					}
					continue;
				}
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (rows.size() >= maxRows) {
					throw new ImportRejected(List.of(new RowProblem(line, null,
							"at most " + maxRows + " rows per file; split the file")));
				}
				if (record.size() > header.size()) {
					problems.add(new RowProblem(line, null,
							"has " + record.size() + " fields, the header has " + header.size()));
					continue;
				}
				Map<String, String> fields = new HashMap<>();
				for (Map.Entry<String, Integer> column : index.entrySet()) {
					String value = column.getValue() < record.size() ? record.get(column.getValue()) : "";
					if (!plain(value)) {
						problems.add(new RowProblem(line, column.getKey(), "contains control characters"));
						value = "";
					}
					fields.put(column.getKey(), value);
				}
				rows.add(new Row(line, fields));
			}
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			// commons-csv reports broken quoting (an unterminated quote) this way, with the line it reached.
			throw new ImportRejected(List.of(new RowProblem(rows.size() + 2, null,
					"not readable as CSV: " + ex.getMessage())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!problems.isEmpty()) {
			throw new ImportRejected(problems);
		}
		if (rows.isEmpty()) {
			throw new ImportRejected(List.of(new RowProblem(1, null, "the file has a header but no rows")));
		}
		return new CsvTable(List.copyOf(rows));
	}

	private static void checkHeader(List<String> header, List<String> columns, Set<String> required,
			Map<String, Integer> index, List<RowProblem> problems) {
		Map<String, String> known = new HashMap<>();
		columns.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
		for (int i = 0; i < header.size(); i++) {
			String column = known.get(header.get(i).toLowerCase(Locale.ROOT));
			if (column == null) {
				problems.add(new RowProblem(1, header.get(i), "unknown column; the columns are " + columns));
			}
			else if (index.put(column, i) != null) {
				problems.add(new RowProblem(1, column, "the column appears twice"));
			}
		}
		for (String column : required) {
			if (!index.containsKey(column)) {
				problems.add(new RowProblem(1, column, "missing column"));
			}
		}
	}

	private static String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ImportRejected(List.of(new RowProblem(1, null,
					"the file is not UTF-8; save it as \"CSV UTF-8\" in your spreadsheet")));
		}
	}

	/** Semicolons when the header has them and no commas (Dutch Excel), commas otherwise. */
	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
	}

	/** No control characters other than tab and line breaks, no unpaired surrogates: they break exports later. */
	static boolean plain(String text) {
		return PlainText.acceptable(text);
	}

}
