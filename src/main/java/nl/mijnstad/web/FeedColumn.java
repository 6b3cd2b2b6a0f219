package nl.mijnstad.web;

/**
 * A column of a dashboard table.
 *
 * @param key the field of each row in the feed
 * @param header the message key of the column's header
 */
public record FeedColumn(String key, String header) {
}
