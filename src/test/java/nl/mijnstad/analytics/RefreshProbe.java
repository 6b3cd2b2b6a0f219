package nl.mijnstad.analytics;

import java.util.List;

import nl.mijnstad.graph.CypherQueries;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Runs one full analytics refresh on demand, for the benchmark: the same {@link Analytics#compute} the
 * background thread runs (projection read, overlap, clustering and every {@link AnalysisPart}), on the current
 * signature. Lives in this package because {@code compute} is package-private.
 */
public final class RefreshProbe {

	private static final String SIGNATURE = CypherQueries.load("analytics_signature");

	private RefreshProbe() {
	}

	/** Computes a snapshot from scratch (no part reuses an earlier result) and returns it; it is not published. */
	public static Snapshot refresh(Analytics analytics, Driver driver) {
		List<Long> signature;
		try (var session = driver.session()) {
			signature = session.executeRead(tx -> tx.run(SIGNATURE).single().get("signature").asList(Value::asLong));
		}
		// A full refresh: nothing reused from the one before, which had the same data.
		analytics.forgetReusedResults();
		return analytics.compute(signature);
	}

}
