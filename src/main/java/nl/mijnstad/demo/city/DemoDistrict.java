package nl.mijnstad.demo.city;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A district (wijk) as reference data: CBS code, name, inhabitants and optional age bands.
 *
 * @param ageBands inhabitants per band "0-14", "15-24", "25-44", "45-64", "65+", summing to the population;
 * empty when the district has no age figures
 */
public record DemoDistrict(String code, String name, int population, Map<String, Integer> ageBands) {

	public DemoDistrict {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		// keeps the bands in their natural order, which Map.copyOf would not
		ageBands = Collections.unmodifiableMap(new LinkedHashMap<>(ageBands));
	}

}
