package nl.mijnstad.panel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The personal links' tokens: 256 random bits, URL-safe. The graph keeps only their SHA-256 hash (and the token
 * itself only until the invitation is mailed), so a copy of the database opens no one's link. A response is keyed
 * by a second hash of the token that the graph does not hold at all, so it cannot be traced back to the person.
 */
final class InvitationTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

	private InvitationTokens() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether this could be a token at all; anything else is answered as unknown without a database read. */
	static boolean wellFormed(String token) {
		return token != null && SHAPE.matcher(token).matches();
	}

	static String hash(String token) {
		return sha256("invitation:" + token);
	}

	/** The key of the response given through this token: only someone holding the token can compute it. */
	static String responseKey(String token) {
		return sha256("response:" + token);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
