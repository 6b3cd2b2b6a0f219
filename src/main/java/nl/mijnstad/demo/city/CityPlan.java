package nl.mijnstad.demo.city;

import java.util.Objects;

/**
 * What to generate: the scale of the synthetic city and the seed that makes it repeatable.
 *
 * @param scale how big the city is
 * @param seed any number; the same scale and seed always give the same city
 */
public record CityPlan(Scale scale, long seed) {

	public CityPlan {
		Objects.requireNonNull(scale, "scale");
	}

}
