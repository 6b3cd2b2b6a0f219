package nl.mijnstad.analytics.agenda;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;

import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.api.InvalidRequestException;
import nl.mijnstad.network.NetworkKind;

/**
 * Which networks and gatherings a filtered view of the shared values counts: networks active in a district, of a
 * kind, and their gatherings held in a period (both ends included). A null part does not filter.
 *
 * @param district CBS code of a district the network is active in
 * @param kind the network's kind
 * @param from first day of the period
 * @param to last day of the period
 */
record AgendaFilter(String district, NetworkKind kind, LocalDate from, LocalDate to) {

	static final AgendaFilter EVERYTHING = new AgendaFilter(null, null, null, null);

	/**
	 * Checks the query parameters as a client sent them (blank counts as absent) and reports every bad one at once.
	 * @param districts the codes of the known districts
	 * @throws InvalidRequestException naming each bad parameter
	 */
	static AgendaFilter parse(String district, String kind, String from, String to, Collection<String> districts) {
		InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
		String code = blankToNull(district);
		if (code != null && !districts.contains(code)) {
			errors.add("district", "no district with code '" + code + "'");
		}
		NetworkKind networkKind = null;
		String kindName = blankToNull(kind);
		if (kindName != null) {
			try {
				networkKind = NetworkKind.valueOf(kindName.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add("kind", "unknown network kind '" + kindName + "'; one of "
						+ java.util.Arrays.toString(NetworkKind.values()));
			}
		}
		LocalDate first = date("from", from, errors);
		LocalDate last = date("to", to, errors);
		if (first != null && last != null && first.isAfter(last)) {
			errors.add("from", "the period starts (" + first + ") after it ends (" + last + ")");
		}
		errors.throwIfAny();
		return new AgendaFilter(code, networkKind, first, last);
	}

	private static LocalDate date(String name, String text, InvalidRequestException.Collector errors) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.add(name, "not a date of the form 2017-01-31: '" + value + "'");
			return null;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	boolean isEverything() {
		return equals(EVERYTHING);
	}

	boolean includes(GraphProjection.Network network) {
		return (this.kind == null || this.kind.name().equals(network.kind()))
				&& (this.district == null || network.districts().contains(this.district));
	}

	boolean includes(GraphProjection.Gathering gathering) {
		return (this.from == null || !gathering.heldOn().isBefore(this.from))
				&& (this.to == null || !gathering.heldOn().isAfter(this.to));
	}

}
