package nl.mijnstad.vocabulary;

import java.util.List;

/**
 * Likely duplicates in one vocabulary, for an admin to review before merging.
 *
 * @param kind VALUE or SPEARHEAD
 * @param total how many pairs were found
 * @param items the best {@code limit} of them
 */
public record DuplicateCandidates(VocabularyKind kind, int total, List<Candidate> items) {

	public DuplicateCandidates {
		items = List.copyOf(items);
	}

	/**
	 * One suggested pair.
	 * @param first the entry with the smaller key
	 * @param second the other entry
	 * @param score how alike, in (0, 1]
	 * @param reason why (see {@link DuplicateSuggestions.Reason})
	 */
	public record Candidate(Side first, Side second, double score, DuplicateSuggestions.Reason reason) {
	}

	/**
	 * One side of a pair.
	 * @param key its key
	 * @param label its label
	 * @param gatherings how many gatherings link to it
	 */
	public record Side(String key, String label, long gatherings) {
	}

}
