package nl.mijnstad.security;

import java.util.List;
import java.util.Set;

import nl.mijnstad.api.ConflictException;
import nl.mijnstad.api.InvalidRequestException;
import nl.mijnstad.graph.RetriedOnConflict;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and links network holders to their networks; the public face of this module. */
@Service
public class Accounts {

	private final AccountRepository repository;

	private final PasswordEncoder passwords;

	private final TokenChecks tokens;

	Accounts(AccountRepository repository, PasswordEncoder passwords, TokenChecks tokens) {
		this.repository = repository;
		this.passwords = passwords;
		this.tokens = tokens;
	}

	@RetriedOnConflict
	@Transactional
	public AccountView create(NewAccount account) {
		if (this.repository.exists(account.username())) {
			throw new ConflictException("username", "An account named " + account.username() + " exists already");
		}
		List<String> missing = this.repository.missingNetworks(account.networks());
		if (!missing.isEmpty()) {
			InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
			List<String> networks = List.copyOf(account.networks());
			for (int i = 0; i < networks.size(); i++) {
				if (missing.contains(networks.get(i))) {
					errors.add("networks[" + i + "]", "no network with this id");
				}
			}
			errors.throwIfAny();
		}
		this.repository.create(account.username(), this.passwords.encode(account.password()),
				Set.copyOf(account.roles()), account.networks());
		return new AccountView(account.username(), Set.copyOf(account.roles()), Set.copyOf(account.networks()));
	}

	/** Creates an account unless one with that name exists; for accounts the service sets up itself. */
	@RetriedOnConflict
	@Transactional
	public boolean createIfAbsent(String username, String password, Set<Role> roles, Set<String> networks) {
		if (this.repository.exists(username)) {
			return false;
		}
		this.repository.create(username, this.passwords.encode(password), roles, networks);
		return true;
	}

	/** Makes the account a holder of the network, effective from its next request. */
	@RetriedOnConflict
	@Transactional
	public void grantNetwork(String username, String networkId) {
		this.repository.grant(username, networkId);
		this.tokens.forget(username);
	}

}
