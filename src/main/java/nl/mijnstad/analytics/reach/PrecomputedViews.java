package nl.mijnstad.analytics.reach;

import nl.mijnstad.analytics.AnalysisPart;
import nl.mijnstad.analytics.Snapshot;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The reach views of a snapshot, built with it: a dashboard read then never computes, names people or goes to
 * the database, it takes a prefix of a ready list.
 */
@Component
class PrecomputedViews implements AnalysisPart<Boolean> {

	private final Reach reach;

	// Lazy: Reach reads snapshots from Analytics, which asks for the parts.
	PrecomputedViews(@Lazy Reach reach) {
		this.reach = reach;
	}

	@Override
	public Boolean compute(Snapshot snapshot) {
		this.reach.precompute(snapshot);
		return true;
	}

}
