package nl.mijnstad.demo.city;

import java.util.List;

/**
 * A spearhead of a gathering with the values it serves and the ideas the network will carry out.
 *
 * @param values a subset of the gathering's values, in the same wording
 */
public record DemoSpearhead(String title, String explanation, List<String> values, List<DemoIdea> ideas) {

	public DemoSpearhead {
		values = List.copyOf(values);
		ideas = List.copyOf(ideas);
	}

}
