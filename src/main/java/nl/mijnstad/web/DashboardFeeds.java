package nl.mijnstad.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.mijnstad.security.Caller;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard feeds there are, and their figures as JSON or as tables a page can render. */
@Component
class DashboardFeeds {

	/**
	 * A feed's figures as read once for one page, which may make several tables of them.
	 *
	 * @param name the feed's name
	 * @param url where the browser fetches the same figures
	 * @param data the figures, null when the feed is not there
	 */
	record Feed(String name, String url, JsonNode data) {

		boolean available() {
			return this.data != null;
		}

	}

	private final ObjectProvider<DashboardFeed> feeds;

	private final JsonMapper json;

	private final MessageSource messages;

	DashboardFeeds(ObjectProvider<DashboardFeed> feeds, JsonMapper json, MessageSource messages) {
		this.feeds = feeds;
		this.json = json;
		this.messages = messages;
	}

	Optional<JsonNode> read(String area, String name, Caller caller, Map<String, String> filters) {
		return this.feeds.orderedStream()
			.filter(feed -> feed.area().equals(area) && feed.name().equals(name))
			.findFirst()
			.map(feed -> this.json.valueToTree(feed.read(caller, filters)));
	}

	Feed feed(String area, String name, Caller caller, Map<String, String> filters) {
		return new Feed(name, "/dashboard/data/" + area + "/" + name, read(area, name, caller, filters).orElse(null));
	}

	/**
	 * The feed as a table.
	 *
	 * @param rowsAt the path to the rows when the feed is an object (e.g. {@code ranking}); null for the feed itself.
	 * An object there is one row (a summary).
	 */
	FeedTable table(Feed feed, String rowsAt, List<FeedColumn> columns, Locale locale) {
		if (!feed.available()) {
			return new FeedTable(feed.name(), feed.url(), false, columns, List.of());
		}
		JsonNode rows = rowsAt == null ? feed.data() : at(feed.data(), rowsAt);
		List<List<String>> cells = new ArrayList<>();
		for (JsonNode row : rows.isObject() ? List.of(rows) : rows.values()) {
			List<String> line = new ArrayList<>();
			for (FeedColumn column : columns) {
				line.add(cell(row, column, locale));
			}
			cells.add(line);
		}
		return new FeedTable(feed.name(), feed.url(), true, columns, cells);
	}

	/** One figure of a feed as text, e.g. a total for a sentence; null when the feed or the figure is not there. */
	String figure(Feed feed, String path, Locale locale) {
		if (!feed.available() || at(feed.data(), path).isMissingNode()) {
			return null;
		}
		return cell(feed.data(), new FeedColumn(path, null), locale);
	}

	private static JsonNode at(JsonNode node, String path) {
		JsonNode found = node;
		for (String field : path.split("\\.")) {
			found = found.path(field);
		}
		return found;
	}

	private String cell(JsonNode row, FeedColumn column, Locale locale) {
		List<JsonNode> found = new ArrayList<>();
		collect(row, column.key().split("\\."), 0, found);
		List<String> parts = new ArrayList<>();
		for (JsonNode value : found) {
			String text = text(value, column, locale);
			if (!text.isEmpty()) {
				parts.add(text);
			}
		}
		return parts.isEmpty() ? "–" : String.join(column.lines() ? "\n" : ", ", parts);
	}

	/** The values at a path, through lists and {@code *}. */
	private static void collect(JsonNode node, String[] path, int step, List<JsonNode> found) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return;
		}
		if (step == path.length) {
			found.add(node);
		}
		else if (node.isArray()) {
			node.values().forEach(element -> collect(element, path, step, found));
		}
		else if (path[step].equals("*")) {
			node.values().forEach(value -> collect(value, path, step + 1, found));
		}
		else {
			collect(node.get(path[step]), path, step + 1, found);
		}
	}

	private String text(JsonNode value, FeedColumn column, Locale locale) {
		if (value.isBoolean()) {
			return this.messages.getMessage(value.asBoolean() ? "common.yes" : "common.no", null, locale);
		}
		if (value.isNumber()) {
			return number(value, column.shape(), locale);
		}
		if (value.isArray()) {
			List<String> parts = new ArrayList<>();
			value.values().forEach(element -> parts.add(text(element, column, locale)));
			return String.join(column.lines() ? "\n" : ", ", parts);
		}
		if (value.isObject()) {
			for (String field : List.of("name", "label", "title", "displayName", "key", "id")) {
				if (value.hasNonNull(field)) {
					return value.get(field).asString();
				}
			}
			return value.toString();
		}
		String text = value.asString();
		return column.codes() == null ? text : this.messages.getMessage(column.codes() + text, null, text, locale);
	}

	private static String number(JsonNode value, FeedColumn.Shape shape, Locale locale) {
		double scaled = switch (shape) {
			case PERCENT -> value.asDouble() * 100;
			case PER_THOUSAND -> value.asDouble() * 1000;
			default -> value.asDouble();
		};
		if (value.isIntegralNumber() && (shape == FeedColumn.Shape.TEXT || shape == FeedColumn.Shape.LINES)) {
			return NumberFormat.getIntegerInstance(locale).format(value.asLong());
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(shape == FeedColumn.Shape.PERCENT ? 1 : 2);
		String text = format.format(BigDecimal.valueOf(scaled).setScale(2, RoundingMode.HALF_UP));
		return shape == FeedColumn.Shape.PERCENT ? text + " %" : text;
	}

}
