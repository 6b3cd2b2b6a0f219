package nl.mijnstad.panel.selection;

import java.util.Objects;

/**
 * How many people with a value of a category a panel must hold: at least {@code min}, at most {@code max}.
 *
 * @param category e.g. {@code district}
 * @param value e.g. {@code WK079601}
 * @param min the least number of selected people with this value
 * @param max the greatest number of selected people with this value
 */
public record Quota(String category, String value, int min, int max) {

	public Quota {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(value, "value");
		if (min < 0 || max < min) {
			throw new IllegalArgumentException("Quota " + category + "=" + value + " needs 0 <= min <= max, not "
					+ min + ".." + max);
		}
	}

	boolean counts(Candidate candidate) {
		return this.value.equals(candidate.feature(this.category));
	}

}
