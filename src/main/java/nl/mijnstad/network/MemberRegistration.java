package nl.mijnstad.network;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request to add a member to a network: either an existing person ({@code personId} only) or a new one.
 *
 * @param personId an existing person, who joins this network too
 * @param displayName how the new person is shown (a first name and initial is enough)
 * @param district code of the district the person lives in
 * @param birthYear year of birth, for age bands
 * @param email contact e-mail, kept apart from the person
 * @param phone contact phone number, kept apart from the person
 * @param consent the purposes the person consents to
 * @param role MEMBER (default) or HOLDER
 */
public record MemberRegistration(@Size(max = 64) String personId, @Size(max = 200) String displayName,
		@Size(max = 20) String district, @Min(1900) @Max(2100) Integer birthYear,
		@Email @Size(max = 254) String email,
		@Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "a phone number of 6 to 20 digits") String phone,
		Consent consent, MembershipRole role) {

	/** Reports the fields that make this neither an existing person alone nor a complete new one. */
	void check(nl.mijnstad.api.InvalidRequestException.Collector errors) {
		if (this.personId != null) {
			if (this.displayName != null || this.district != null || this.birthYear != null || this.email != null
					|| this.phone != null || this.consent != null) {
				errors.add("personId", "give personId alone to add an existing person");
			}
			return;
		}
		if (this.displayName == null || this.displayName.isBlank()) {
			errors.add("displayName", "required for a new person");
		}
		if (this.consent == null) {
			errors.add("consent", "required for a new person: {panel: true|false, contact: true|false}");
		}
	}

	public MembershipRole roleOrDefault() {
		return this.role == null ? MembershipRole.MEMBER : this.role;
	}

}
