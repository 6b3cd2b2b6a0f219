package nl.mijnstad.panel.selection;

import java.util.Map;
import java.util.Objects;

/**
 * A person who may be selected, with the values of the categories that quotas can refer to (for example
 * {@code district -> WK079601}, {@code ageBand -> 25-44}). A candidate without a value for a category is not
 * counted by that category's quotas.
 *
 * @param id a stable key, e.g. the person's id
 * @param features category to value
 */
public record Candidate(String id, Map<String, String> features) {

	public Candidate {
		Objects.requireNonNull(id, "id");
		features = Map.copyOf(features);
	}

	public String feature(String category) {
		return this.features.get(category);
	}

}
