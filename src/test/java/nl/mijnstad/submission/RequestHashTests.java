package nl.mijnstad.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RequestHashTests {

	private static GatheringSubmission submission(List<String> values, String explanation, IdeaStatus status,
			List<String> attendees) {
		GatheringSubmission.Idea idea = new GatheringSubmission.Idea("Buurtmoestuin", "Samen tuinieren", status,
				List.of("p-1"));
		GatheringSubmission.Spearhead spearhead = new GatheringSubmission.Spearhead("Meer groen", explanation,
				List.of(values.getFirst()), List.of(idea));
		return new GatheringSubmission(LocalDate.of(2026, 11, 1), 12, attendees, values, List.of(spearhead));
	}

	private static GatheringSubmission plain() {
		return submission(List.of("natuur", "samen"), "Omdat het kan", IdeaStatus.PLANNED, List.of("p-1"));
	}

	@Test
	void theSameRequestHashesAlikeAndDefaultsCountAsGiven() {
		assertThat(RequestHash.of("n-1", plain())).isEqualTo(RequestHash.of("n-1", plain())).hasSize(64);
		// No status is PLANNED, no attendees an empty list: as the request was read, not as it was written.
		assertThat(RequestHash.of("n-1", submission(List.of("natuur", "samen"), "Omdat het kan", null, List.of("p-1"))))
			.isEqualTo(RequestHash.of("n-1", plain()));
		assertThat(RequestHash.of("n-1", submission(List.of("natuur", "samen"), "Omdat het kan", null, null)))
			.isEqualTo(RequestHash.of("n-1", submission(List.of("natuur", "samen"), "Omdat het kan", null, List.of())));
	}

	@Test
	void anyDifferenceHashesDifferently() {
		String plain = RequestHash.of("n-1", plain());
		assertThat(RequestHash.of("n-2", plain())).isNotEqualTo(plain);
		assertThat(RequestHash.of("n-1", submission(List.of("natuur", "samen"), "Omdat het moet", IdeaStatus.PLANNED,
				List.of("p-1")))).isNotEqualTo(plain);
		assertThat(RequestHash.of("n-1", submission(List.of("natuur", "samen"), null, IdeaStatus.PLANNED,
				List.of("p-1")))).isNotEqualTo(plain);
		assertThat(RequestHash.of("n-1", submission(List.of("natuur", "samen"), "Omdat het kan", IdeaStatus.DONE,
				List.of("p-1")))).isNotEqualTo(plain);
		assertThat(RequestHash.of("n-1", submission(List.of("natuur", "samen"), "Omdat het kan", IdeaStatus.PLANNED,
				List.of()))).isNotEqualTo(plain);
		// Where one text ends and the next begins counts: the same letters split otherwise are another request.
		assertThat(RequestHash.of("n-1", submission(List.of("natuu", "rsamen"), "Omdat het kan", IdeaStatus.PLANNED,
				List.of("p-1")))).isNotEqualTo(plain);
		assertThat(RequestHash.of("n-1", submission(List.of("natuur", "samen", ""), "Omdat het kan", IdeaStatus.PLANNED,
				List.of("p-1")))).isNotEqualTo(plain);
	}

}
