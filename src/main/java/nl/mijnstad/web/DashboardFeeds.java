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

/** The dashboard feeds there are, and their figures as JSON or as a table a page can render. */
@Component
class DashboardFeeds {

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

	/**
	 * The feed as a table.
	 *
	 * @param rowsAt the field holding the rows when the feed is an object (e.g. {@code ranking}); null for an array
	 */
	FeedTable table(String area, String name, String rowsAt, List<FeedColumn> columns, Caller caller,
			Map<String, String> filters, Locale locale) {
		String url = "/dashboard/data/" + area + "/" + name;
		Optional<JsonNode> data = read(area, name, caller, filters);
		if (data.isEmpty()) {
			return new FeedTable(name, url, false, columns, List.of());
		}
		JsonNode rows = rowsAt == null ? data.get() : data.get().path(rowsAt);
		List<List<String>> cells = new ArrayList<>();
		for (JsonNode row : rows) {
			List<String> line = new ArrayList<>();
			for (FeedColumn column : columns) {
				line.add(cell(row.path(column.key()), locale));
			}
			cells.add(line);
		}
		return new FeedTable(name, url, true, columns, cells);
	}

	private String cell(JsonNode value, Locale locale) {
		if (value == null || value.isMissingNode() || value.isNull()) {
			return "–";
		}
		if (value.isBoolean()) {
			return this.messages.getMessage(value.asBoolean() ? "common.yes" : "common.no", null, locale);
		}
		if (value.isIntegralNumber()) {
			return NumberFormat.getIntegerInstance(locale).format(value.asLong());
		}
		if (value.isNumber()) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(2);
			return format.format(BigDecimal.valueOf(value.asDouble()).setScale(2, RoundingMode.HALF_UP));
		}
		if (value.isArray()) {
			List<String> parts = new ArrayList<>();
			value.forEach(element -> parts.add(cell(element, locale)));
			return String.join(", ", parts);
		}
		if (value.isObject()) {
			for (String field : List.of("name", "label", "title", "displayName", "key", "id")) {
				if (value.hasNonNull(field)) {
					return value.get(field).asString();
				}
			}
			return value.toString();
		}
		return value.asString();
	}

}
