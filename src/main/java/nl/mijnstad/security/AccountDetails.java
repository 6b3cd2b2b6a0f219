package nl.mijnstad.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of an account, carrying the {@link Caller} that features see. */
final class AccountDetails implements UserDetails, CredentialsContainer {

	private final Caller caller;

	private final List<GrantedAuthority> authorities;

	private String passwordHash;

	AccountDetails(Caller caller, String passwordHash) {
		this.caller = caller;
		this.authorities = caller.roles()
			.stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		this.passwordHash = passwordHash;
	}

	Caller caller() {
		return this.caller;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.caller.username();
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
