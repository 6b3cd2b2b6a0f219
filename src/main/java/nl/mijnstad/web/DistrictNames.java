package nl.mijnstad.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.mijnstad.reference.District;

/** District names by code, so a page can say "Centrum" where the graph says WK079601. */
record DistrictNames(Map<String, String> names) {

	static DistrictNames of(List<District> districts) {
		return new DistrictNames(districts.stream().collect(Collectors.toMap(District::code, District::name)));
	}

	public String name(String code) {
		return this.names.getOrDefault(code, code);
	}

}
