package nl.mijnstad.web;

import java.util.Map;
import java.util.function.BiFunction;

import nl.mijnstad.security.Caller;

/**
 * One set of dashboard figures a page shows, read from the feature that computes them. A feed is found by
 * its area ({@code beleid} for policymakers, {@code bereik} for connectors, which the page chain guards) and
 * its name, and serves both the server-rendered table and the browser's charts at
 * {@code /dashboard/data/{area}/{name}}. A page whose feed is not there yet says so instead of failing.
 */
public interface DashboardFeed {

	/** {@code beleid} or {@code bereik}: who may read it. */
	String area();

	/** The feed's name in its area, e.g. {@code values}. */
	String name();

	/**
	 * The figures, shaped as the feature's API returns them.
	 *
	 * @param caller who is asking; the feature decides what they may see
	 * @param filters the page's filters (request parameters)
	 */
	Object read(Caller caller, Map<String, String> filters);

	/** A feed that reads its figures with {@code reader}. */
	static DashboardFeed of(String area, String name, BiFunction<Caller, Map<String, String>, Object> reader) {
		return new DashboardFeed() {

			@Override
			public String area() {
				return area;
			}

			@Override
			public String name() {
				return name;
			}

			@Override
			public Object read(Caller caller, Map<String, String> filters) {
				return reader.apply(caller, filters);
			}

		};
	}

}
