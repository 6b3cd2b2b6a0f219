package nl.mijnstad.reference;

import java.util.List;

/**
 * The CBS age bands districts report their population in, and the one rule for a person's band: the panel, the
 * coverage analytics and the demo city all use this, so they always agree on who is in which band.
 */
public final class AgeBands {

	/** The bands, youngest first. */
	public static final List<String> LABELS = List.of("0-14", "15-24", "25-44", "45-64", "65+");

	private static final int[] FROM = { 0, 15, 25, 45, 65 };

	private AgeBands() {
	}

	/** The band of someone born in {@code birthYear}, in {@code year}; null when the birth year is unknown. */
	public static String of(Integer birthYear, int year) {
		if (birthYear == null) {
			return null;
		}
		int age = year - birthYear;
		String band = LABELS.get(0);
		for (int i = 0; i < FROM.length; i++) {
			if (age >= FROM[i]) {
				band = LABELS.get(i);
			}
		}
		return band;
	}

	/** The District property that holds how many residents are in a band: {@code age_0_14} … {@code age_65_plus}. */
	public static String districtProperty(String label) {
		return "age_" + label.replace("-", "_").replace("+", "_plus");
	}

}
