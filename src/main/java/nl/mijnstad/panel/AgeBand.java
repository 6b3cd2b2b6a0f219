package nl.mijnstad.panel;

import nl.mijnstad.reference.AgeBands;

import java.util.List;

/** The CBS age bands that districts report their population in; a person's band follows from their birth year. */
enum AgeBand {

	AGE_0_14("0-14", "age_0_14"), AGE_15_24("15-24", "age_15_24"), AGE_25_44("25-44", "age_25_44"),
	AGE_45_64("45-64", "age_45_64"), AGE_65_PLUS("65+", "age_65_plus");

	static final List<String> LABELS = AgeBands.LABELS;

	private final String label;

	private final String districtProperty;

	AgeBand(String label, String districtProperty) {
		this.label = label;
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
		return AgeBands.of(birthYear, year);
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
