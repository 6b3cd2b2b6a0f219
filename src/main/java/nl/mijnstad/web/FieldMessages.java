package nl.mijnstad.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;

import nl.mijnstad.api.FieldProblem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the services' checks into words for the pages: names each field as the page calls it and turns a
 * constraint or a service's (English) problem into a sentence in the reader's language that says how to fix it.
 */
@Component
public class FieldMessages {

	private static final Pattern INDEXED = Pattern.compile("(values|spearheads|ideas)\\[(\\d+)]");

	private static final Pattern AT_MOST = Pattern.compile("^at most (\\d+) characters");

	private static final Pattern SAME_AS = Pattern.compile("the same (value|spearhead) as (\\w+\\[\\d+])");

	private final MessageSource messages;

	FieldMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	/** How the page calls a form field, e.g. "Speerpunt 2, idee 1: titel". */
	String label(String field, Locale locale) {
		if (field == null) {
			return text("field.form", locale);
		}
		Matcher matcher = INDEXED.matcher(field);
		Integer spearhead = null;
		Integer idea = null;
		Integer value = null;
		while (matcher.find()) {
			int number = Integer.parseInt(matcher.group(2)) + 1;
			switch (matcher.group(1)) {
				case "values" -> value = number;
				case "spearheads" -> spearhead = number;
				default -> idea = number;
			}
		}
		String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
		if (spearhead != null && idea != null) {
			return text("field.idea." + last, locale, spearhead, idea);
		}
		if (spearhead != null) {
			return text("field.spearhead." + last, locale, spearhead);
		}
		if (value != null) {
			return text("field.value", locale, value);
		}
		return text("field." + last, locale);
	}

	/** A constraint on the submission or registration record, in words. */
	public String violation(ConstraintViolation<?> violation, String field, Locale locale) {
		String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		Object limit = violation.getConstraintDescriptor().getAttributes().get("max");
		return switch (constraint) {
			case "NotNull", "NotBlank" -> text("error.required", locale);
			case "NotEmpty" -> text(field.startsWith("values") ? "error.atLeastOneValue"
					: field.startsWith("spearheads") ? "error.atLeastOneSpearhead" : "error.required", locale);
			case "Size" -> text(violation.getInvalidValue() instanceof Collection<?> ? "error.tooMany" : "error.tooLong",
					locale, limit);
			case "Min" -> text("error.min", locale, violation.getConstraintDescriptor().getAttributes().get("value"));
			case "Max" -> text("error.max", locale, violation.getConstraintDescriptor().getAttributes().get("value"));
			case "Email" -> text("error.email", locale);
			default -> text("error.invalid", locale);
		};
	}

	/**
	 * A problem a service reported, in words. Services speak English to API clients; the pages recognise the
	 * problems they can cause and say them in the reader's language, and pass on any other as it is.
	 *
	 * @param formField maps a field named in the problem to the form field the reader knows
	 */
	String problem(FieldProblem problem, Locale locale, UnaryOperator<String> formField) {
		String message = problem.message();
		Matcher same = SAME_AS.matcher(message);
		if (same.find()) {
			String earlier = formField.apply(same.group(2));
			return text("error.duplicate." + same.group(1), locale, label(earlier == null ? same.group(2) : earlier, locale));
		}
		Matcher atMost = AT_MOST.matcher(message);
		if (atMost.find()) {
			return text("error.tooLong", locale, atMost.group(1));
		}
		if (message.startsWith("must be between")) {
			return text("error.heldOnRange", locale);
		}
		if (message.startsWith("has no letters or digits")) {
			return text("error.noLetters", locale);
		}
		if (message.startsWith("not among the gathering's values")) {
			return text("error.valueNotInGathering", locale);
		}
		if (message.startsWith("no district with code")) {
			return text("error.unknownDistrict", locale);
		}
		if (message.contains("exists already")) {
			return text("error.nameTaken", locale);
		}
		return text("error.asGiven", locale, message);
	}

	/** The field problems an exception from a service carries, if any. */
	public static List<FieldProblem> problems(org.springframework.web.ErrorResponseException ex) {
		var properties = ex.getBody().getProperties();
		if (properties != null && properties.get("errors") instanceof List<?> list) {
			return list.stream().filter(FieldProblem.class::isInstance).map(FieldProblem.class::cast).toList();
		}
		return List.of(new FieldProblem(null, ex.getBody().getDetail()));
	}

}
