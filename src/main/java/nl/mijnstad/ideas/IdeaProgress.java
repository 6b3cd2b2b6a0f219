package nl.mijnstad.ideas;

import java.util.List;

/**
 * How many ideas became reality, per value or per spearhead.
 *
 * @param by {@code value} or {@code spearhead}
 * @param items one row per key with at least one idea, most ideas first
 */
public record IdeaProgress(String by, List<Row> items) {

	public IdeaProgress {
		items = List.copyOf(items);
	}

	/**
	 * @param key the value's or spearhead's key
	 * @param label its label (a spearhead's title)
	 * @param ideas how many ideas
	 * @param planned of which planned
	 * @param running running
	 * @param done done
	 * @param stopped stopped
	 * @param realised running + done: "became reality"
	 * @param share realised / ideas
	 */
	public record Row(String key, String label, long ideas, long planned, long running, long done, long stopped,
			long realised, double share) {

		static Row of(String key, String label, long planned, long running, long done, long stopped) {
			long ideas = planned + running + done + stopped;
			long realised = running + done;
			double share = (ideas == 0) ? 0 : Math.round(10_000.0 * realised / ideas) / 10_000.0;
			return new Row(key, label, ideas, planned, running, done, stopped, realised, share);
		}

	}

}
