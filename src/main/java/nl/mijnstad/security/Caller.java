package nl.mijnstad.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is making the current request: the account, its roles and the networks it holds. Features ask it
 * whether the caller may act on a network, rather than reading Spring Security's types themselves.
 *
 * @param username the account name
 * @param roles the account's roles
 * @param networks ids of the networks this account holds (as network holder)
 */
public record Caller(String username, Set<Role> roles, Set<String> networks) {

	public Caller {
		roles = Set.copyOf(roles);
		networks = Set.copyOf(networks);
	}

	/** A caller for work the service does on its own behalf (the demo city, imports at start-up). */
	public static Caller system() {
		return new Caller("system", Set.of(Role.ADMIN), Set.of());
	}

	/** The authenticated caller of the current request. */
	public static Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountDetails details) {
			return details.caller();
		}
		throw new IllegalStateException("No authenticated account in this request");
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/** Whether the caller may act for this network: an admin always, a holder for the networks they hold. */
	public boolean holds(String networkId) {
		return isAdmin() || (has(Role.NETWORK_HOLDER) && this.networks.contains(networkId));
	}

}
