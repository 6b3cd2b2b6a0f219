package nl.mijnstad.submission;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What came out of a gathering, submitted in one request, in the movement's three steps.
 *
 * @param heldOn the day the gathering was held
 * @param participants how many people took part (registered or not)
 * @param attendees ids of registered members of the network who took part
 * @param values step 1: what the participants find important for the future
 * @param spearheads step 2 and 3: what must happen, in priority order (first = rank 1), each with the ideas the
 * participants will carry out themselves
 */
public record GatheringSubmission(@NotNull LocalDate heldOn, @NotNull @Min(1) @Max(100_000) Integer participants,
		@Size(max = 1000) List<@NotBlank @Size(max = 64) String> attendees,
		@NotEmpty @Size(max = Limits.VALUES) List<@NotBlank @Size(max = Limits.TITLE) String> values,
		@NotEmpty @Size(max = Limits.SPEARHEADS) List<@Valid @NotNull Spearhead> spearheads) {

	public GatheringSubmission {
		attendees = attendees == null ? List.of() : List.copyOf(attendees);
	}

	/**
	 * A spearhead (speerpunt) as the gathering ranked it.
	 *
	 * @param title what must happen
	 * @param explanation why, in the gathering's words
	 * @param values the gathering's values this spearhead pursues (as worded in {@code values})
	 * @param ideas what the participants will do about it themselves
	 */
	public record Spearhead(@NotBlank @Size(max = Limits.TITLE) String title,
			@Size(max = Limits.TEXT) String explanation,
			@Size(max = Limits.VALUES) List<@NotBlank @Size(max = Limits.TITLE) String> values,
			@Size(max = Limits.IDEAS) List<@Valid @NotNull Idea> ideas) {

		public Spearhead {
			values = values == null ? List.of() : List.copyOf(values);
			ideas = ideas == null ? List.of() : List.copyOf(ideas);
		}

	}

	/**
	 * An idea (idee) for a spearhead, with the people who will carry it.
	 *
	 * @param title the idea in a few words
	 * @param description what it is and how it will be done
	 * @param status PLANNED (default), RUNNING, DONE or STOPPED
	 * @param initiators ids of network members who carry the idea
	 */
	public record Idea(@NotBlank @Size(max = Limits.TITLE) String title, @Size(max = Limits.TEXT) String description,
			IdeaStatus status, @Size(max = 100) List<@NotBlank @Size(max = 64) String> initiators) {

		public Idea {
			status = status == null ? IdeaStatus.PLANNED : status;
			initiators = initiators == null ? List.of() : List.copyOf(initiators);
		}

	}

	/** The limits on one submission (DESIGN.md); bodies are limited to 1 MiB on top of these. */
	public static final class Limits {

		public static final int VALUES = 50;

		public static final int SPEARHEADS = 30;

		public static final int IDEAS = 50;

		public static final int TITLE = 200;

		public static final int TEXT = 4000;

		private Limits() {
		}

	}

}
