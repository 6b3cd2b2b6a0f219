package nl.mijnstad.ideas;

import java.util.List;

/**
 * The most alike pairs of ideas across networks, for the movement to bring initiators together.
 *
 * @param min the least score asked for
 * @param total how many pairs reach it
 * @param items the best of them, best first
 */
public record SimilarPairs(double min, int total, List<SimilarPair> items) {

	public SimilarPairs {
		items = List.copyOf(items);
	}

}
