package nl.mijnstad.demo.city;

import java.time.LocalDate;
import java.util.List;

/**
 * A gathering (bijeenkomst) of a network and its output as the holder would submit it.
 *
 * @param participants how many took part, at least the number of attendees
 * @param attendeePersonIds members of the network who attended
 * @param values the values (waarden) in the wording the holder typed, distinct after folding case, diacritics
 * and white space
 * @param spearheads the spearheads (speerpunten) in priority order, first is rank 1
 */
public record DemoGathering(String id, String networkId, LocalDate heldOn, int participants,
		List<String> attendeePersonIds, List<String> values, List<DemoSpearhead> spearheads) {

	public DemoGathering {
		attendeePersonIds = List.copyOf(attendeePersonIds);
		values = List.copyOf(values);
		spearheads = List.copyOf(spearheads);
	}

}
