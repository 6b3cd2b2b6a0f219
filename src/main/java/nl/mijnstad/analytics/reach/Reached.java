package nl.mijnstad.analytics.reach;

import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;

/**
 * The people the movement has reached: members of reached networks plus everyone who attended a gathering,
 * each person once. Computed once per snapshot and shared by coverage and the frontier.
 *
 * @param person for each person (by number), whether reached
 * @param count how many people are reached
 */
record Reached(boolean[] person, int count) {

	static Reached of(Snapshot snapshot) {
		return snapshot.part(Reached.class, () -> compute(snapshot.projection()));
	}

	static Reached compute(GraphProjection projection) {
		boolean[] reached = new boolean[projection.people().size()];
		for (GraphProjection.Network network : projection.networks()) {
			if (network.reached()) {
				for (int member : projection.membersOfNetwork()[network.index()]) {
					reached[member] = true;
				}
			}
		}
		for (GraphProjection.Gathering gathering : projection.gatherings()) {
			for (int attendee : gathering.attendees()) {
				reached[attendee] = true;
			}
		}
		int count = 0;
		for (boolean r : reached) {
			count += r ? 1 : 0;
		}
		return new Reached(reached, count);
	}

}
