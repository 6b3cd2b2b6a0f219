package nl.mijnstad.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A submitted gathering as it is stored. Person ids (attendees, initiators) are shown only to the network's
 * holder and admins; everyone else sees counts.
 *
 * @param id the gathering's id
 * @param network the network's id
 * @param networkName the network's name
 * @param heldOn the day it was held
 * @param participants how many people took part
 * @param submittedAt when it was submitted
 * @param attendeeCount how many registered members attended
 * @param attendees their ids, for the holder
 * @param values the values, with their vocabulary key and label and the wording as submitted
 * @param spearheads the spearheads by rank, with their ideas
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GatheringView(String id, String network, String networkName, LocalDate heldOn, int participants,
		OffsetDateTime submittedAt, int attendeeCount, List<String> attendees, List<ValueView> values,
		List<SpearheadView> spearheads) {

	/** A value held by the gathering. */
	public record ValueView(String key, String label, String wording) {
	}

	/** A spearhead as the gathering ranked it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SpearheadView(int rank, String key, String title, String wording, String explanation,
			List<String> values, List<IdeaView> ideas) {
	}

	/** An idea proposed for a spearhead. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record IdeaView(String id, String title, String description, IdeaStatus status, int initiatorCount,
			List<String> initiators) {
	}

	/** The same gathering without person ids, for callers who do not hold its network. */
	GatheringView withoutPeople() {
		return new GatheringView(this.id, this.network, this.networkName, this.heldOn, this.participants,
				this.submittedAt, this.attendeeCount, null, this.values,
				this.spearheads.stream()
					.map(s -> new SpearheadView(s.rank(), s.key(), s.title(), s.wording(), s.explanation(), s.values(),
							s.ideas()
								.stream()
								.map(i -> new IdeaView(i.id(), i.title(), i.description(), i.status(),
										i.initiatorCount(), null))
								.toList()))
					.toList());
	}

}
