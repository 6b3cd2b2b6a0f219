package nl.mijnstad.demo.city;

import java.util.List;

/**
 * A network (netwerk) such as a sports club or a carnival association, with the districts it is active in.
 *
 * @param id a UUID string
 * @param kind one of SPORT, CULTURE, NEIGHBOURHOOD, BUSINESS, CARE, YOUTH, FAITH, HOBBY, EDUCATION, ENVIRONMENT,
 * CARNIVAL, POLITICS, OTHER
 * @param districtCodes codes of the districts it is active in; empty when not known
 */
public record DemoNetwork(String id, String name, String kind, String description, List<String> districtCodes) {

	public DemoNetwork {
		districtCodes = List.copyOf(districtCodes);
	}

}
