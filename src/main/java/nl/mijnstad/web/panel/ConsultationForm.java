package nl.mijnstad.web.panel;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import nl.mijnstad.panel.ConsultationRequest;
import nl.mijnstad.panel.ConsultationType;

/**
 * The new-consultation form as the browser posts it: options one per line, dates as the browser's
 * {@code datetime-local} fields give them, read as the city's local time.
 */
public class ConsultationForm {

	static final ZoneId CITY = ZoneId.of("Europe/Amsterdam");

	private String title;

	private String question;

	private ConsultationType type;

	private String options = "";

	private String opensAt = "";

	private String closesAt = "";

	/** The API's request; a date that does not parse is left out here and reported by {@link #badDates()}. */
	ConsultationRequest toRequest() {
		List<String> lines = Arrays.stream(this.options == null ? new String[0] : this.options.split("\\R"))
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.toList();
		return new ConsultationRequest(strip(this.title), strip(this.question), this.type, lines,
				dateTime(this.opensAt), dateTime(this.closesAt));
	}

	/** The date fields that hold something other than a date and time. */
	List<String> badDates() {
		return java.util.stream.Stream.of("opensAt", "closesAt")
			.filter(field -> {
				String value = field.equals("opensAt") ? this.opensAt : this.closesAt;
				return value != null && !value.isBlank() && dateTime(value) == null;
			})
			.toList();
	}

	private static OffsetDateTime dateTime(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(CITY).toOffsetDateTime();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getQuestion() {
		return this.question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

	public ConsultationType getType() {
		return this.type;
	}

	public void setType(ConsultationType type) {
		this.type = type;
	}

	public String getOptions() {
		return this.options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public String getOpensAt() {
		return this.opensAt;
	}

	public void setOpensAt(String opensAt) {
		this.opensAt = opensAt;
	}

	public String getClosesAt() {
		return this.closesAt;
	}

	public void setClosesAt(String closesAt) {
		this.closesAt = closesAt;
	}

}
