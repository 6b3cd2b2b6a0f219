package nl.mijnstad.web;

import java.util.Set;

import nl.mijnstad.security.Caller;
import nl.mijnstad.security.Role;

/**
 * What a page needs to know of who is looking: which sections and links to show. Pages show only what the
 * role may see; the page chain and the services enforce it.
 */
public record Viewer(String username, boolean holder, boolean connector, boolean policymaker, boolean panelAdmin,
		boolean admin, Set<String> networks) {

	static Viewer of(Caller caller) {
		boolean admin = caller.isAdmin();
		return new Viewer(caller.username(), caller.has(Role.NETWORK_HOLDER), admin || caller.has(Role.CONNECTOR),
				admin || caller.has(Role.POLICYMAKER), caller.has(Role.PANEL_ADMIN), admin, caller.networks());
	}

	/** May use the holder's pages: register a network, submit and read its gatherings. */
	public boolean holderPages() {
		return this.holder || this.admin;
	}

}
