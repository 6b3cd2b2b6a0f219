package nl.mijnstad.security;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts (admin only) and API tokens (any account). */
@RestController
class AccountController {

	private final Accounts accounts;

	private final Tokens tokens;

	AccountController(Accounts accounts, Tokens tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@PostMapping("/api/v1/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	AccountView create(@Valid @RequestBody NewAccount account) {
		return this.accounts.create(account);
	}

	record TokenResponse(String token, String tokenType, Instant expiresAt) {
	}

	/** Exchanges the credentials of this request (HTTP Basic) for a bearer token. */
	@PostMapping("/api/v1/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	TokenResponse issue() {
		Tokens.Issued issued = this.tokens.issue(Caller.current().username());
		return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
	}

	/** Revokes the bearer token this request was made with. */
	@DeleteMapping("/api/v1/tokens/current")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(HttpServletRequest request) {
		Object token = request.getAttribute(BearerTokenFilter.TOKEN_ATTRIBUTE);
		if (token == null) {
			throw new nl.mijnstad.api.InvalidRequestException("Authorization",
					"only a request made with a bearer token can revoke it");
		}
		this.tokens.revoke((String) token);
	}

}
