package nl.mijnstad.panel;

/** A category by which a panel can be stratified, with the feature name the selection methods use. */
public enum Stratum {

	DISTRICT("district"), AGE_BAND("ageBand");

	private final String feature;

	Stratum(String feature) {
		this.feature = feature;
	}

	String feature() {
		return this.feature;
	}

}
