package nl.mijnstad.analytics.agenda;

import java.time.LocalDate;
import java.util.BitSet;

import nl.mijnstad.analytics.AnalysisPart;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;

import org.springframework.stereotype.Component;

/** Counts the movement behind the agenda, with each snapshot: reached networks, people, gatherings, period. */
@Component
class CityFigures implements AnalysisPart<CityFigures.Figures> {

	/**
	 * @param networks reached networks
	 * @param people distinct people who are a member of a reached network or attended a gathering
	 * @param gatherings gatherings held
	 * @param participants participants summed over gatherings (registered or not; one person may count twice)
	 * @param first the day of the first gathering, null without gatherings
	 * @param last the day of the last gathering, null without gatherings
	 */
	record Figures(int networks, int people, int gatherings, long participants, LocalDate first, LocalDate last) {
	}

	@Override
	public Object key() {
		return CityFigures.class;
	}

	@Override
	public Figures compute(Snapshot snapshot) {
		return count(snapshot.projection());
	}

	static Figures count(GraphProjection projection) {
		BitSet people = new BitSet(projection.people().size());
		int networks = 0;
		for (GraphProjection.Network network : projection.networks()) {
			if (network.reached()) {
				networks++;
				for (int member : projection.membersOfNetwork()[network.index()]) {
					people.set(member);
				}
			}
		}
		long participants = 0;
		LocalDate first = null;
		LocalDate last = null;
		for (GraphProjection.Gathering gathering : projection.gatherings()) {
			for (int attendee : gathering.attendees()) {
				people.set(attendee);
			}
			participants += gathering.participants();
			first = (first == null || gathering.heldOn().isBefore(first)) ? gathering.heldOn() : first;
			last = (last == null || gathering.heldOn().isAfter(last)) ? gathering.heldOn() : last;
		}
		return new Figures(networks, people.cardinality(), projection.gatherings().size(), participants, first, last);
	}

}
