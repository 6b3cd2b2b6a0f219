package nl.mijnstad.demo.city;

/**
 * A synthetic resident: a Dutch first name with initials, and fictional contact data.
 *
 * @param id a UUID string
 * @param birthYear null when not given
 * @param districtCode null when the district is not known
 * @param email an address at example.org, or null
 * @param phone a fictional number "+31 6 00xxxxxx", or null
 */
public record DemoPerson(String id, String displayName, Integer birthYear, String districtCode, String email,
		String phone, boolean panelConsent, boolean contactConsent) {
}
