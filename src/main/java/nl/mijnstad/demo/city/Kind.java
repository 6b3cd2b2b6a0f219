package nl.mijnstad.demo.city;

/**
 * The kinds of network the service knows, with how common, how large and how easy to reach each kind is in
 * the demo city.
 */
enum Kind {

	// share of the networks, typical size, readiness to hold a gathering
	SPORT(18, 2.2, 1.0),
	CULTURE(10, 1.0, 1.0),
	NEIGHBOURHOOD(9, 0.9, 1.5),
	BUSINESS(7, 1.0, 0.6),
	CARE(8, 0.8, 1.1),
	YOUTH(6, 0.9, 1.0),
	FAITH(6, 1.6, 1.0),
	HOBBY(11, 0.5, 0.9),
	EDUCATION(5, 0.9, 0.8),
	ENVIRONMENT(4, 0.6, 1.3),
	CARNIVAL(8, 1.5, 1.2),
	POLITICS(4, 0.5, 1.1),
	OTHER(4, 0.5, 0.6);

	final double share;

	final double sizeFactor;

	final double readiness;

	Kind(double share, double sizeFactor, double readiness) {
		this.share = share;
		this.sizeFactor = sizeFactor;
		this.readiness = readiness;
	}

}
