package nl.mijnstad.demo.city;

import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.assertThat;

class CityPropertyTests {

	@Property(tries = 12)
	void everySeedGivesAValidCityWithAboutHalfTheNetworksReached(@ForAll long seed) {
		DemoCity city = new CityGenerator(new CityPlan(Scale.CITY, seed)).generate();
		CityInvariants.check(city);
		Set<String> reached = city.gatherings().stream().map(DemoGathering::networkId).collect(Collectors.toSet());
		assertThat((double) reached.size() / city.networks().size()).isBetween(0.4, 0.7);
	}

}
