package nl.mijnstad.network;

import java.time.LocalDate;

/**
 * A member of a network as its holder sees it; contact data only for the network's holder and admins.
 *
 * @param personId the person's id
 * @param displayName how they are shown
 * @param district code of the district they live in, if known
 * @param birthYear year of birth, if known
 * @param role their role in this network
 * @param since since when they are a member
 * @param email contact e-mail, if any
 * @param phone contact phone number, if any
 * @param consent what they consent to now
 */
public record Member(String personId, String displayName, String district, Integer birthYear, MembershipRole role,
		LocalDate since, String email, String phone, Consent consent) {
}
