package nl.mijnstad.ideas;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import nl.mijnstad.submission.IdeaStatus;

/**
 * One idea with its status history, oldest change first.
 *
 * @param idea the idea as the ideas box shows it (its fields appear at the top level)
 * @param history every status change
 */
public record IdeaDetail(@JsonUnwrapped IdeaCard idea, List<Change> history) {

	public IdeaDetail {
		history = List.copyOf(history);
	}

	/**
	 * A recorded status change; who made it is kept in the graph, not shown.
	 * @param from the status before
	 * @param to the status after
	 * @param on the day it happened, as the holder reported it
	 * @param note the holder's note
	 * @param at when it was recorded
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Change(IdeaStatus from, IdeaStatus to, LocalDate on, String note, OffsetDateTime at) {
	}

}
