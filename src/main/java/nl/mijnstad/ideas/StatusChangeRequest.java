package nl.mijnstad.ideas;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.mijnstad.submission.IdeaStatus;

/**
 * A holder moves their network's idea along.
 *
 * @param status the new status: PLANNED, RUNNING, DONE or STOPPED (see {@link StatusProgression})
 * @param on the day it happened: not before the gathering, not in the future
 * @param note a short note, at most 500 characters
 */
public record StatusChangeRequest(@NotNull IdeaStatus status, @NotNull LocalDate on,
		@Size(max = StatusChangeRequest.NOTE) String note) {

	/** The longest note. */
	public static final int NOTE = 500;

	public StatusChangeRequest {
		note = (note == null || note.isBlank()) ? null : note.strip();
	}

}
