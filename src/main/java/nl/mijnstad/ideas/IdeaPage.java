package nl.mijnstad.ideas;

import java.util.List;

/**
 * One page of the ideas box.
 *
 * @param total how many ideas match the filters
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param items the ideas on this page
 */
public record IdeaPage(long total, int page, int size, List<IdeaCard> items) {

	public IdeaPage {
		items = List.copyOf(items);
	}

}
