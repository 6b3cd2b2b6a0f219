package nl.mijnstad.network;

/** How one network stands to another: part of an umbrella, or working with it. */
public enum NetworkRelationType {

	/** A network that belongs to an umbrella: a carnival association of the Oeteldonk club, a team of a federation. */
	PART_OF,
	/** Networks that know each other and work together. */
	WORKS_WITH

}
