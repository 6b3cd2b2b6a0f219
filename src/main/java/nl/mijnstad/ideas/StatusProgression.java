package nl.mijnstad.ideas;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.mijnstad.submission.IdeaStatus;

/**
 * Which way an idea may move: PLANNED → RUNNING → DONE, PLANNED → DONE for something done in one go, and any
 * status that is not final → STOPPED. DONE and STOPPED are final; nothing moves back.
 */
final class StatusProgression {

	private static final Map<IdeaStatus, Set<IdeaStatus>> NEXT = Map.of(IdeaStatus.PLANNED,
			EnumSet.of(IdeaStatus.RUNNING, IdeaStatus.DONE, IdeaStatus.STOPPED), IdeaStatus.RUNNING,
			EnumSet.of(IdeaStatus.DONE, IdeaStatus.STOPPED), IdeaStatus.DONE, EnumSet.noneOf(IdeaStatus.class),
			IdeaStatus.STOPPED, EnumSet.noneOf(IdeaStatus.class));

	private StatusProgression() {
	}

	static boolean allowed(IdeaStatus from, IdeaStatus to) {
		return NEXT.get(from).contains(to);
	}

	static boolean isFinal(IdeaStatus status) {
		return NEXT.get(status).isEmpty();
	}

	/** The statuses an idea may move to from here, for messages. */
	static Set<IdeaStatus> next(IdeaStatus from) {
		return Set.copyOf(NEXT.get(from));
	}

}
