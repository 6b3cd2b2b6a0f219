package nl.mijnstad.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems with a posted form, per field, in the reader's language: shown next to each field and, as links
 * to those fields, in the summary at the top of the page.
 */
public final class FormErrors {

	/**
	 * One problem, as the summary lists it.
	 *
	 * @param field the form field's path (e.g. {@code spearheads[1].title}), null for the form as a whole
	 * @param id the HTML id of the field, for the summary's link
	 * @param label how the field is called on the page
	 * @param message what is wrong, and how to put it right
	 */
	public record Entry(String field, String id, String label, String message) {
	}

	private final Map<String, Entry> byField = new LinkedHashMap<>();

	private final List<Entry> general = new ArrayList<>();

	public static FormErrors none() {
		return new FormErrors();
	}

	public void add(String field, String label, String message) {
		if (field == null) {
			this.general.add(new Entry(null, null, label, message));
		}
		else {
			// The first problem with a field is the one to fix first.
			this.byField.putIfAbsent(field, new Entry(field, idOf(field), label, message));
		}
	}

	public boolean any() {
		return !this.byField.isEmpty() || !this.general.isEmpty();
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	public String message(String field) {
		Entry entry = this.byField.get(field);
		return entry == null ? null : entry.message();
	}

	/** Every problem, in the order of the fields on the page, then those about the form as a whole. */
	public List<Entry> entries() {
		List<Entry> all = new ArrayList<>(this.byField.values());
		all.sort((a, b) -> Integer.compare(order(a.field()), order(b.field())));
		all.addAll(this.general);
		return all;
	}

	/** The HTML id of a form field: {@code spearheads[1].ideas[0].title} becomes {@code spearheads1-ideas0-title}. */
	public static String idOf(String field) {
		return field.replaceAll("\\[(\\d+)]", "$1").replace('.', '-');
	}

	private static int order(String field) {
		// Page order: date, participants, values, then spearheads with their ideas.
		if (field.startsWith("heldOn") || field.equals("name")) {
			return 0;
		}
		if (field.startsWith("participants") || field.equals("kind")) {
			return 1;
		}
		if (field.startsWith("values[")) {
			return 1000 + number(field, "values[");
		}
		if (field.startsWith("spearheads[")) {
			int s = number(field, "spearheads[");
			int idea = field.contains(".ideas[") ? 1 + number(field.substring(field.indexOf(".ideas[")), ".ideas[") : 0;
			return 100_000 + s * 1000 + idea;
		}
		return 10;
	}

	private static int number(String field, String prefix) {
		int start = field.indexOf(prefix) + prefix.length();
		int end = field.indexOf(']', start);
		try {
			return Integer.parseInt(field.substring(start, end));
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

}
