package nl.mijnstad.security;

/** What an account may do; see the table of users in DESIGN.md. */
public enum Role {

	/** Accounts, vocabulary merges, reference data, privacy requests. */
	ADMIN,
	/** Finds networks not yet reached and who can introduce them (verbinder). */
	CONNECTOR,
	/** Explores aggregates only: never personal data (beleidsmaker). */
	POLICYMAKER,
	/** Targets and sends consultations to the consenting panel. */
	PANEL_ADMIN,
	/** Registers a network and submits its gatherings (netwerkhouder). */
	NETWORK_HOLDER;

	public String authority() {
		return "ROLE_" + name();
	}

}
