package nl.mijnstad.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.mijnstad.security.Caller;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The login kept in the page session. A session holds the {@link Caller} as it was at login, so when a holder
 * registers a network the session is renewed from the account, or their next page would not know the network.
 */
@Component
class SessionAccounts {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final UserDetailsService accounts;

	SessionAccounts(UserDetailsService accounts) {
		this.accounts = accounts;
	}

	SecurityContextRepository repository() {
		return this.repository;
	}

	/** Reloads the current account (its roles and networks) into the session. */
	void refresh(HttpServletRequest request, HttpServletResponse response) {
		UserDetails fresh = this.accounts.loadUserByUsername(Caller.current().username());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
