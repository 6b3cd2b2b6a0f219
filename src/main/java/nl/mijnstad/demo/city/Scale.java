package nl.mijnstad.demo.city;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How big a synthetic city to generate: one municipality, a province, or a nation.
 */
public enum Scale {

	/** The 14 districts of 's-Hertogenbosch, about 150 networks and 3,000 people. */
	CITY(14, 150, 3_000, 2.0, 0.53, 80),

	/** About 60 districts (the 14 real ones plus synthetic municipalities), 2,000 networks, 40,000 people. */
	PROVINCE(60, 2_000, 40_000, 2.6, 0.5, 1_200),

	/** About 400 districts, 20,000 networks, 200,000 people and a million memberships. */
	NATION(400, 20_000, 200_000, 4.9, 0.36, 8_000);

	final int districts;

	final int networks;

	final int people;

	/** Mean number of networks a person belongs to, on top of the networks they hold. */
	final double membershipsPerPerson;

	/** Share of networks that held at least one gathering. */
	final double reachedShare;

	final int gatherings;

	Scale(int districts, int networks, int people, double membershipsPerPerson, double reachedShare,
			int gatherings) {
		this.districts = districts;
		this.networks = networks;
		this.people = people;
		this.membershipsPerPerson = membershipsPerPerson;
		this.reachedShare = reachedShare;
		this.gatherings = gatherings;
	}

	/** The scale named by {@code text}, ignoring case and surrounding white space ("city", "Nation"). */
	public static Scale parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A scale is required: one of " + names());
		}
		String wanted = text.strip().toUpperCase(Locale.ROOT);
		for (Scale scale : values()) {
			if (scale.name().equals(wanted)) {
				return scale;
			}
		}
		throw new IllegalArgumentException("Unknown scale '" + text + "': use one of " + names());
	}

	private static String names() {
		return Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
	}

}
