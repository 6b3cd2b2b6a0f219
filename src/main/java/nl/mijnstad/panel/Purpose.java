package nl.mijnstad.panel;

/** What a person consents to: being invited to the panel, or being contacted by the movement. */
public enum Purpose {

	PANEL, CONTACT

}
