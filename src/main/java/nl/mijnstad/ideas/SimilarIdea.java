package nl.mijnstad.ideas;

import nl.mijnstad.submission.IdeaStatus;

/**
 * An idea from another network that looks like a given one, so that their initiators can meet.
 *
 * @param id the idea's id
 * @param title its title
 * @param status where it stands
 * @param network its network
 * @param spearhead its spearhead
 * @param initiators how many initiators carry it
 * @param score cosine similarity of the two ideas' TF-IDF vectors, in (0, 1]
 */
public record SimilarIdea(String id, String title, IdeaStatus status, IdeaCard.NetworkRef network,
		IdeaCard.Term spearhead, long initiators, double score) {

	static SimilarIdea of(IdeaCard card, double score) {
		return new SimilarIdea(card.id(), card.title(), card.status(), card.network(), card.spearhead(),
				card.initiators(), score);
	}

}
