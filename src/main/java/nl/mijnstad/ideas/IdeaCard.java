package nl.mijnstad.ideas;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.mijnstad.submission.IdeaStatus;

/**
 * An idea as the ideas box shows it to everyone: no personal data, initiators only counted.
 *
 * @param id the idea's id
 * @param title the idea in a few words
 * @param description what it is
 * @param status where it stands
 * @param network the network whose gathering proposed it
 * @param spearhead the spearhead it is for
 * @param values the values the gathering linked to that spearhead
 * @param initiators how many people carry it as initiator
 * @param heldOn the day of the gathering that proposed it
 * @param statusChangedOn the day of its latest status change, if any
 * @param statusNote the note of that change, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IdeaCard(String id, String title, String description, IdeaStatus status, NetworkRef network,
		Term spearhead, List<Term> values, long initiators, LocalDate heldOn, LocalDate statusChangedOn,
		String statusNote) {

	public IdeaCard {
		values = List.copyOf(values);
	}

	/** A network, named. */
	public record NetworkRef(String id, String name, String kind) {
	}

	/** A vocabulary entry: its key and the label (title, for a spearhead) shown for it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Term(String key, String label, String title) {

		static Term value(String key, String label) {
			return new Term(key, label, null);
		}

		static Term spearhead(String key, String title) {
			return new Term(key, null, title);
		}

	}

}
