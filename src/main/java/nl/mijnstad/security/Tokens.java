package nl.mijnstad.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import nl.mijnstad.graph.RetriedOnConflict;

import org.springframework.stereotype.Service;

/**
 * Issues and revokes API tokens ({@link TokenChecks} checks them). A token is 256 random bits; only its SHA-256 is
 * stored, so checking one costs a hash and (at most every few seconds) one lookup, never a password hash.
 */
@Service
class Tokens {

	private static final MessageDigest SHA_256;

	static {
		try {
			SHA_256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private final AccountRepository accounts;

	private final SecurityProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final TokenChecks checks;

	Tokens(AccountRepository accounts, SecurityProperties properties, TokenChecks checks) {
		this.accounts = accounts;
		this.properties = properties;
		this.checks = checks;
		this.clock = Clock.systemUTC();
	}

	record Issued(String token, Instant expiresAt) {
	}

	@RetriedOnConflict
	Issued issue(String username) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = "ms_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = this.clock.instant().plus(this.properties.tokenLifetime());
		this.accounts.storeToken(hash(token), username, expiresAt);
		return new Issued(token, expiresAt);
	}

	@RetriedOnConflict
	void revoke(String token) {
		String hash = hash(token);
		this.accounts.deleteToken(hash);
		this.checks.revoked(hash);
	}

	static String hash(String token) {
		MessageDigest digest = sha256();
		return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * A fresh SHA-256, cloned from one looked up once: every API request hashes its token, and looking the
	 * algorithm up among the providers took longer than the hash itself.
	 */
	private static MessageDigest sha256() {
		try {
			return (MessageDigest) SHA_256.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
