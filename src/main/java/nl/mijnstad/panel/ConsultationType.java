package nl.mijnstad.panel;

/** How residents answer a consultation. */
public enum ConsultationType {

	/** One of the consultation's options. */
	SINGLE_CHOICE,
	/** A number from 1 to 5. */
	SCALE,
	/** Free text, at most 2,000 characters. */
	OPEN

}
