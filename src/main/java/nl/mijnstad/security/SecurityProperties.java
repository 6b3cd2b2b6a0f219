package nl.mijnstad.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts and API tokens.
 *
 * @param adminPassword the password of the first admin account {@code admin}, used only when that account is
 * created (environment variable {@code MIJNSTAD_ADMIN_PASSWORD}); when empty, one is generated and printed once
 * @param tokenLifetime how long an API token issued by {@code POST /api/v1/tokens} is valid
 * @param tokenCacheTime how long a checked token is trusted without asking the database again; a token revoked
 * on another instance stops working there within this time
 * @param throttle limits on failed logins
 */
@ConfigurationProperties("mijnstad.security")
public record SecurityProperties(String adminPassword, @DefaultValue("30d") Duration tokenLifetime,
		@DefaultValue("30s") Duration tokenCacheTime, @DefaultValue Throttle throttle) {

	/**
	 * Limits on failed logins (HTTP Basic, token creation, the login form).
	 *
	 * @param perAccount failed logins for one account within the window before it must wait
	 * @param perAddress failed logins from one client address within the window before it must wait
	 * @param window how far back failures count
	 */
	public record Throttle(@DefaultValue("10") int perAccount, @DefaultValue("50") int perAddress,
			@DefaultValue("5m") Duration window) {
	}

}
