package nl.mijnstad.reference;

/**
 * A district (wijk) with its reference figures.
 *
 * @param code the CBS code, e.g. {@code WK079601}
 * @param name the district's name
 * @param population inhabitants on the reference date
 * @param municipality the CBS municipality code, e.g. {@code GM0796}
 * @param source where the figures come from
 */
public record District(String code, String name, long population, String municipality, String source) {
}
