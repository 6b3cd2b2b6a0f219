package nl.mijnstad.demo.city;

import java.util.List;

/**
 * An idea (idee) for a spearhead that members of the network will carry out themselves.
 *
 * @param status PLANNED, RUNNING, DONE or STOPPED
 * @param initiatorPersonIds members of the network who carry the idea
 */
public record DemoIdea(String title, String description, String status, List<String> initiatorPersonIds) {

	public DemoIdea {
		initiatorPersonIds = List.copyOf(initiatorPersonIds);
	}

}
