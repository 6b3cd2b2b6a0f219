package nl.mijnstad.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reading the cells of an imported row the way people type them in a spreadsheet, in Dutch or English. */
final class Cells {

	/** Separates several items in one cell: districts, values. */
	static final String LIST_SEPARATOR = "|";

	private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

	private Cells() {
	}

	static List<String> list(String cell) {
		if (cell.isBlank()) {
			return List.of();
		}
		return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** yes/no in English or Dutch, true/false, 1/0; null when it is none of these. */
	static Boolean yesNo(String cell) {
		return switch (cell.strip().toLowerCase(Locale.ROOT)) {
			case "yes", "y", "ja", "j", "true", "waar", "1" -> true;
			case "no", "n", "nee", "false", "onwaar", "0" -> false;
			default -> null;
		};
	}

	/** A whole number, or null when the cell is not one. */
	static Integer number(String cell) {
		try {
			return Integer.valueOf(cell.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** 2017-01-03 (ISO, as the API writes dates) or 3-1-2017 (as Dutch spreadsheets show them). */
	static LocalDate date(String cell) {
		String text = cell.strip();
		for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DUTCH_DATE)) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return null;
	}

}
