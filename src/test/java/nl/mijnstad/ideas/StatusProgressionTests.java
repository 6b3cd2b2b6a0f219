package nl.mijnstad.ideas;

import static nl.mijnstad.submission.IdeaStatus.DONE;
import static nl.mijnstad.submission.IdeaStatus.PLANNED;
import static nl.mijnstad.submission.IdeaStatus.RUNNING;
import static nl.mijnstad.submission.IdeaStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.mijnstad.submission.IdeaStatus;

import org.junit.jupiter.api.Test;

/** The allowed moves of an idea, all sixteen pairs checked. */
class StatusProgressionTests {

	@Test
	void ideasMoveForwardOrStopAndFinalStatusesStay() {
		List<String> allowed = new ArrayList<>();
		for (IdeaStatus from : IdeaStatus.values()) {
			for (IdeaStatus to : IdeaStatus.values()) {
				if (StatusProgression.allowed(from, to)) {
					allowed.add(from + "->" + to);
				}
			}
		}
		assertThat(allowed).containsExactlyInAnyOrder("PLANNED->RUNNING", "PLANNED->DONE", "PLANNED->STOPPED",
				"RUNNING->DONE", "RUNNING->STOPPED");
	}

	@Test
	void doneAndStoppedAreFinal() {
		assertThat(StatusProgression.isFinal(DONE)).isTrue();
		assertThat(StatusProgression.isFinal(STOPPED)).isTrue();
		assertThat(StatusProgression.isFinal(PLANNED)).isFalse();
		assertThat(StatusProgression.isFinal(RUNNING)).isFalse();
		assertThat(StatusProgression.next(RUNNING)).containsExactlyInAnyOrder(DONE, STOPPED);
	}

}
