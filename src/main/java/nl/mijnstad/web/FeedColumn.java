package nl.mijnstad.web;

/**
 * A column of a dashboard table.
 *
 * @param key where each row holds the cell: a field, or a path of fields with dots ({@code network.name}); a path
 * through a list collects the field of every element ({@code introducers.person.displayName}), and {@code *}
 * stands for every field of an object ({@code terms.*.explanation})
 * @param header the message key of the column's header
 * @param codes a message key prefix that turns a code into words ({@code kind.} for {@code SPORT}), or null
 * @param shape how a number or a list is written
 */
public record FeedColumn(String key, String header, String codes, Shape shape) {

	/** How a cell is written. */
	public enum Shape {

		/** As it is; a list is joined with commas. */
		TEXT,
		/** A list with one element a line. */
		LINES,
		/** A fraction as a percentage. */
		PERCENT,
		/** A fraction per thousand (e.g. people reached per 1,000 residents). */
		PER_THOUSAND

	}

	FeedColumn(String key, String header) {
		this(key, header, null, Shape.TEXT);
	}

	static FeedColumn coded(String key, String header, String codes) {
		return new FeedColumn(key, header, codes, Shape.TEXT);
	}

	static FeedColumn shaped(String key, String header, Shape shape) {
		return new FeedColumn(key, header, null, shape);
	}

	/** Whether the cell is written one element a line. */
	public boolean lines() {
		return this.shape == Shape.LINES;
	}

}
