package nl.mijnstad.panel;

import java.util.List;

/** The CBS age bands that districts report their population in; a person's band follows from their birth year. */
enum AgeBand {

	AGE_0_14("0-14", 0, "age_0_14"), AGE_15_24("15-24", 15, "age_15_24"), AGE_25_44("25-44", 25, "age_25_44"),
	AGE_45_64("45-64", 45, "age_45_64"), AGE_65_PLUS("65+", 65, "age_65_plus");

	static final List<String> LABELS = List.of("0-14", "15-24", "25-44", "45-64", "65+");

	private final String label;

	private final int from;

	private final String districtProperty;

	AgeBand(String label, int from, String districtProperty) {
		this.label = label;
		this.from = from;
		this.districtProperty = districtProperty;
	}

	String label() {
		return this.label;
	}

	/** The property of a District that holds how many residents are in this band. */
	String districtProperty() {
		return this.districtProperty;
	}

	/** The band of someone born in {@code birthYear}, in {@code year}; null when the birth year is unknown. */
	static String of(Integer birthYear, int year) {
		if (birthYear == null) {
			return null;
		}
		int age = year - birthYear;
		String band = AGE_0_14.label;
		for (AgeBand candidate : values()) {
			if (age >= candidate.from) {
				band = candidate.label;
			}
		}
		return band;
	}

	static AgeBand byLabel(String label) {
		for (AgeBand band : values()) {
			if (band.label.equals(label)) {
				return band;
			}
		}
		return null;
	}

}
