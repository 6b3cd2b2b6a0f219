package nl.mijnstad.panel;

import java.util.List;

/**
 * The results of a consultation as a panel admin sees them: counts, open answers, and breakdowns in which any
 * group of fewer than k respondents is suppressed.
 *
 * @param consultationId the consultation
 * @param title its title
 * @param type its type
 * @param k the smallest group shown
 * @param invited how many were invited
 * @param responses how many answered (null when fewer than k: then nothing else is shown either)
 * @param answers the count per answer, every possible answer listed (none for open questions)
 * @param openAnswers the open answers, in alphabetical order so their order says nothing about who gave them
 * @param byDistrict per district of the respondents
 * @param byAgeBand per age band of the respondents
 */
public record ConsultationResults(String consultationId, String title, ConsultationType type, int k, long invited,
		Long responses, List<AnswerCount> answers, List<String> openAnswers, List<Group> byDistrict,
		List<Group> byAgeBand) {

	public ConsultationResults {
		answers = List.copyOf(answers);
		openAnswers = List.copyOf(openAnswers);
		byDistrict = List.copyOf(byDistrict);
		byAgeBand = List.copyOf(byAgeBand);
	}

	/**
	 * @param answer an answer
	 * @param count how many gave it
	 */
	public record AnswerCount(String answer, long count) {
	}

	/**
	 * @param group the district code or age band ({@code unknown} when not known)
	 * @param suppressed true when the group is smaller than k, or must be hidden so it cannot be derived
	 * @param responses how many in this group answered (null when suppressed)
	 * @param answers their answers (empty when suppressed or for open questions)
	 */
	public record Group(String group, boolean suppressed, Long responses, List<AnswerCount> answers) {

		public Group {
			answers = List.copyOf(answers);
		}

	}

}
