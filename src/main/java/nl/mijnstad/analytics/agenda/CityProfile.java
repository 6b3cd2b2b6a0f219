package nl.mijnstad.analytics.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The city profile, the "stip op de horizon": what the movement hands to the council. Aggregates only.
 *
 * @param dataOf when the analytics were computed from the graph
 * @param firstGathering the day of the first gathering counted, null without any
 * @param lastGathering the day of the last gathering counted, null without any
 * @param networks reached networks
 * @param people distinct people who are a member of a reached network or attended a gathering
 * @param gatherings gatherings held
 * @param values the top shared values
 * @param spearheads the top of the collective ranking (Schulze)
 */
public record CityProfile(Instant dataOf, LocalDate firstGathering, LocalDate lastGathering, int networks, int people,
		int gatherings, List<Value> values, List<Spearhead> spearheads) {

	/**
	 * A shared value in the profile.
	 *
	 * @param label how it reads
	 * @param networks networks holding it
	 * @param clusters clusters holding it
	 * @param meanAgreement the mean agreement over clusters, between 0 and 1
	 */
	public record Value(String label, int networks, int clusters, double meanAgreement) {
	}

	/**
	 * A spearhead in the profile.
	 *
	 * @param rank its Schulze rank
	 * @param tied whether another spearhead shares the rank
	 * @param title how it reads
	 * @param values labels of the values it serves
	 * @param networks networks whose gatherings prioritised it
	 * @param ideas titles of example ideas for it
	 */
	public record Spearhead(int rank, boolean tied, String title, List<String> values, int networks,
			List<String> ideas) {
	}

}
