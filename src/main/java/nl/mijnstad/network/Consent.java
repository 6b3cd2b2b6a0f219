package nl.mijnstad.network;

/**
 * The purposes a person consents to when they are registered; each can be withdrawn later.
 *
 * @param panel may be invited to consultations of the citizens' panel
 * @param contact may be contacted by the movement about their network and ideas
 */
public record Consent(boolean panel, boolean contact) {
}
