package nl.mijnstad.security;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request to create an account.
 *
 * @param username letters, digits, dot, dash or underscore; 3 to 64 characters
 * @param password at least 12 characters
 * @param roles one or more roles
 * @param networks for a network holder, the ids of the networks they hold
 */
public record NewAccount(
		@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "3 to 64 letters, digits, dots, dashes or underscores") String username,
		@NotNull @Size(min = 12, max = 200, message = "between 12 and 200 characters") String password,
		@NotEmpty(message = "at least one role") @Size(max = 5) List<@NotNull Role> roles,
		@Size(max = 1000) List<@NotNull String> networks) {

	public NewAccount {
		roles = roles == null ? null : List.copyOf(roles);
		networks = networks == null ? List.of() : List.copyOf(networks);
	}

}
