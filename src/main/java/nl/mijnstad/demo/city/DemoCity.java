package nl.mijnstad.demo.city;

import java.util.List;

/**
 * A generated synthetic city: plain records that a loader writes into the service, in this order.
 */
public record DemoCity(List<DemoDistrict> districts, List<DemoNetwork> networks, List<DemoPerson> people,
		List<DemoMembership> memberships, List<DemoConnector> connectors, List<DemoRelation> relations,
		List<DemoGathering> gatherings) {

	public DemoCity {
		districts = List.copyOf(districts);
		networks = List.copyOf(networks);
		people = List.copyOf(people);
		memberships = List.copyOf(memberships);
		connectors = List.copyOf(connectors);
		relations = List.copyOf(relations);
		gatherings = List.copyOf(gatherings);
	}

}
