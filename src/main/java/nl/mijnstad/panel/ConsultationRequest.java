package nl.mijnstad.panel;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request to create a consultation.
 *
 * @param title a short title, shown in the invitation's subject
 * @param question the question residents answer
 * @param type how they answer
 * @param options the choices, for SINGLE_CHOICE only (2 to 20, distinct)
 * @param opensAt from when answers are accepted (default: now)
 * @param closesAt until when answers are accepted; a second answer replaces the first until then
 */
public record ConsultationRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 2000) String question,
		@NotNull ConsultationType type, @Size(max = 20) List<@NotBlank @Size(max = 200) String> options,
		OffsetDateTime opensAt, @NotNull OffsetDateTime closesAt) {

	public ConsultationRequest {
		options = options == null ? List.of() : List.copyOf(options);
	}

}
