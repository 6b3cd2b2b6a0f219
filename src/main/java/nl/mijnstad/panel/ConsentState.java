package nl.mijnstad.panel;

/**
 * What a person consents to now.
 *
 * @param personId the person
 * @param panel may be invited to consultations
 * @param contact may be contacted by the movement
 */
public record ConsentState(String personId, boolean panel, boolean contact) {
}
