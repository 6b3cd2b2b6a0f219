package nl.mijnstad.network;

/** The kind of a network, for diversity measures and filters. */
public enum NetworkKind {

	SPORT, CULTURE, NEIGHBOURHOOD, BUSINESS, CARE, YOUTH, FAITH, HOBBY, EDUCATION, ENVIRONMENT, CARNIVAL, POLITICS,
	OTHER

}
