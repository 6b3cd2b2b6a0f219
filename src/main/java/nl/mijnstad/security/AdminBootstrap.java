package nl.mijnstad.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import nl.mijnstad.graph.Migrations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin account, {@code admin}, on the first start: with the password from
 * {@code MIJNSTAD_ADMIN_PASSWORD}, or a generated one printed once to the log.
 */
@Component
class AdminBootstrap implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final Accounts accounts;

	private final SecurityProperties properties;

	// The schema must exist before the first account is written.
	AdminBootstrap(Accounts accounts, SecurityProperties properties, Migrations migrations) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		String configured = this.properties.adminPassword();
		boolean generated = configured == null || configured.isBlank();
		String password = generated ? generate() : configured;
		if (this.accounts.createIfAbsent("admin", password, Set.of(Role.ADMIN), Set.of()) && generated) {
			// Printed once, on the start that creates the account; only its hash is kept.
			log.warn("Created the admin account 'admin' with the generated password: {}", password);
		}
	}

	private static String generate() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
