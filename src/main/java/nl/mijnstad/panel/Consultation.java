package nl.mijnstad.panel;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A consultation of the panel.
 *
 * @param id its id
 * @param title its title
 * @param question the question
 * @param type how residents answer
 * @param options the choices of a SINGLE_CHOICE consultation
 * @param opensAt from when answers are accepted
 * @param closesAt until when answers are accepted
 * @param status DRAFT until invitations are sent, then SENT
 * @param invited how many people were invited
 */
public record Consultation(String id, String title, String question, ConsultationType type, List<String> options,
		OffsetDateTime opensAt, OffsetDateTime closesAt, String status, long invited) {

	public Consultation {
		options = List.copyOf(options);
	}

	/** The answers a resident may give, or empty for open text. */
	public List<String> choices() {
		return switch (this.type) {
			case SINGLE_CHOICE -> this.options;
			case SCALE -> List.of("1", "2", "3", "4", "5");
			case OPEN -> List.of();
		};
	}

	public boolean acceptsAnswersAt(OffsetDateTime time) {
		return !time.isBefore(this.opensAt) && time.isBefore(this.closesAt);
	}

}
