package nl.mijnstad.web.panel;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import nl.mijnstad.api.FieldProblem;
import nl.mijnstad.web.FieldMessages;
import nl.mijnstad.web.FormErrors;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;

/**
 * Puts what the panel's services and records refuse into the panel pages' words: each problem under the form
 * field the reader sees, in the reader's language. The services speak English to API clients; the problems a
 * page can cause are recognised here, any other is passed on as it is.
 */
@Component
class PanelProblems {

	/** The fields of the consultation form and the targeting form, top to bottom. */
	private static final List<String> PAGE_ORDER = List.of("title", "question", "type", "options", "opensAt",
			"closesAt", "size", "seed", "network", "method", "stratifyBy", "districts", "ageBands", "networkKinds");

	private final FieldMessages messages;

	PanelProblems(FieldMessages messages) {
		this.messages = messages;
	}

	String text(String key, Locale locale, Object... arguments) {
		return this.messages.text(key, locale, arguments);
	}

	/** Values the browser sent that do not even bind (a word where a number belongs). */
	void binding(BindingResult binding, FormErrors errors, Locale locale) {
		binding.getFieldErrors()
			.forEach(error -> add(errors, formField(error.getField()), text("error.invalid", locale), locale));
	}

	/** The record's violations, in the order of the fields on the page, so the summary reads top to bottom. */
	void violations(Set<? extends ConstraintViolation<?>> violations, FormErrors errors, Locale locale) {
		violations.stream()
			.map(violation -> Map.entry(formField(violation.getPropertyPath().toString()), violation))
			.sorted(Comparator.comparingInt(entry -> pageOrder(entry.getKey())))
			.forEach(entry -> add(errors, entry.getKey(),
					this.messages.violation(entry.getValue(), entry.getKey(), locale), locale));
	}

	private static int pageOrder(String field) {
		int index = PAGE_ORDER.indexOf(field);
		return index < 0 ? PAGE_ORDER.size() : index;
	}

	void refused(ErrorResponseException ex, FormErrors errors, Locale locale) {
		for (FieldProblem problem : FieldMessages.problems(ex)) {
			String field = problem.field() == null ? null : formField(problem.field());
			add(errors, field, sentence(problem.message(), ex.getStatusCode().value(), locale), locale);
		}
	}

	private void add(FormErrors errors, String field, String message, Locale locale) {
		errors.add(field, text(field == null ? "panel.field.form" : "panel.field." + field, locale), message);
	}

	/** The form field a record's or service's field path belongs to: {@code filters.districts[2]} is "districts". */
	static String formField(String path) {
		String field = path.replace(".<list element>", "").replaceAll("\\[\\d+]", "");
		field = field.startsWith("filters.") ? field.substring("filters.".length()) : field;
		return switch (field) {
			case "networks" -> "network";
			case "quotas", "quotas.value", "quotas.min", "quotas.max" -> "stratifyBy";
			case "expectedDigest" -> null;
			default -> field;
		};
	}

	private String sentence(String message, int status, Locale locale) {
		String text = message == null ? "" : message;
		if (status == 409) {
			return text("panel.error.changed", locale);
		}
		if (text.startsWith("no district with code")) {
			return text("error.unknownDistrict", locale);
		}
		if (text.startsWith("no network with id")) {
			return text("panel.error.unknownNetwork", locale);
		}
		if (text.startsWith("one of ")) {
			return text("panel.error.unknownAgeBand", locale);
		}
		if (text.startsWith("the reference data holds no population")) {
			return text("panel.error.noPopulation", locale);
		}
		if (text.startsWith("a single-choice consultation needs")) {
			return text("panel.error.twoOptions", locale);
		}
		if (text.startsWith("options must differ")) {
			return text("panel.error.optionsDiffer", locale);
		}
		if (text.startsWith("only a SINGLE_CHOICE")) {
			return text("panel.error.noOptions", locale);
		}
		if (text.startsWith("must be after opensAt")) {
			return text("panel.error.closesBeforeOpens", locale);
		}
		if (text.startsWith("must be in the future")) {
			return text("panel.error.closesInPast", locale);
		}
		if (text.startsWith("only ") && text.contains("eligible people")) {
			return text("panel.error.tooFew", locale);
		}
		if (text.startsWith("no panel meets every quota")) {
			return text("panel.error.infeasible", locale);
		}
		return text("error.asGiven", locale, text);
	}

}
