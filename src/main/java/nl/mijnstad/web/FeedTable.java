package nl.mijnstad.web;

import java.util.List;

/**
 * A dashboard feed as a table, rendered on the server so that the figures are there without JavaScript, for
 * screen readers, and in print; the browser may draw a chart from the same feed at {@code url}.
 *
 * @param feed the feed's name
 * @param url where the browser fetches the same figures
 * @param available whether the feed exists (yet)
 * @param columns the columns
 * @param rows the cells as text
 */
public record FeedTable(String feed, String url, boolean available, List<FeedColumn> columns,
		List<List<String>> rows) {

	public FeedTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

}
