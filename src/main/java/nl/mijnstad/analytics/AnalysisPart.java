package nl.mijnstad.analytics;

/**
 * One analysis computed for every new {@link Snapshot} before it is published (shared values, the spearhead
 * ranking, coverage, the frontier …), so that a dashboard read finds it ready.
 *
 * @param <T> the result
 */
public interface AnalysisPart<T> {

	/** The key under which the result is kept in the snapshot. */
	default Object key() {
		return getClass();
	}

	T compute(Snapshot snapshot);

	/**
	 * Drops whatever the part keeps from one refresh to reuse in the next (when its input did not change), so that
	 * the next computation starts from scratch: for measuring a full refresh.
	 */
	default void forget() {
	}

}
