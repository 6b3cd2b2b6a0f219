package nl.mijnstad.api;

/**
 * One bad field of a request, as listed in a problem's {@code errors}.
 *
 * @param field the path of the field in the request, e.g. {@code spearheads[0].ideas[2].title}
 * @param message what is wrong with it, for a person to read
 */
public record FieldProblem(String field, String message) {
}
