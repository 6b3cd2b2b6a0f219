package nl.mijnstad.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Checks an API token: its SHA-256 and (at most every {@code token-cache-time}) one lookup, never a password hash,
 * so the API path stays fast. Kept apart from {@link Tokens}, which Spring proxies for its retried writes, so that
 * the check every API request makes is a plain call; and it keeps the account as Spring Security sees it, so a
 * request does not rebuild its authorities.
 */
@Component
class TokenChecks {

	private final AccountRepository accounts;

	private final SecurityProperties properties;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	private record Cached(AccountDetails account, Instant expiresAt, Instant checkedAt) {
	}

	TokenChecks(AccountRepository accounts, SecurityProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	/** The account a token stands for; empty when it is unknown, expired or revoked. */
	Optional<AccountDetails> check(String token) {
		String hash = Tokens.hash(token);
		Instant now = this.clock.instant();
		Cached cached = this.cache.get(hash);
		if (cached == null || cached.checkedAt().plus(this.properties.tokenCacheTime()).isBefore(now)) {
			cached = this.accounts.findToken(hash)
				.flatMap(stored -> this.accounts.find(stored.username())
					.map(account -> new Cached(new AccountDetails(account.caller(), null), stored.expiresAt(), now)))
				.orElse(null);
			if (cached == null) {
				this.cache.remove(hash);
				return Optional.empty();
			}
			this.cache.put(hash, cached);
		}
		return cached.expiresAt().isAfter(now) ? Optional.of(cached.account()) : Optional.empty();
	}

	/** Forgets a revoked token at once, rather than trusting it until the cache time has passed. */
	void revoked(String hash) {
		this.cache.remove(hash);
	}

	/** Forgets what was cached for an account, so a change to its networks counts at the next request. */
	void forget(String username) {
		this.cache.values().removeIf(cached -> cached.account().getUsername().equals(username));
	}

}
