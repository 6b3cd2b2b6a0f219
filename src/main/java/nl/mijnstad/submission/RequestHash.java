package nl.mijnstad.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a replay under the same {@code Idempotency-Key} must match: a SHA-256 over the network and every field of
 * the submission as the request was read (after the record's defaults: no attendees is an empty list, no status is
 * PLANNED), so two bodies that differ only in layout, key order or an omitted default hash alike. The fields are
 * fed one by one, each string with its length in front (null as -1) and each list with its size, so no two
 * different submissions feed the same bytes; serialising the submission to JSON for this cost a tenth of a
 * request thread's time on the ingest path.
 */
final class RequestHash {

	private final MessageDigest digest;

	/** Looked up once and cloned per hash: the lookup among the providers costs more than hashing a submission. */
	private static final MessageDigest SHA_256;

	static {
		try {
			SHA_256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private RequestHash() {
		try {
			this.digest = (MessageDigest) SHA_256.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String of(String networkId, GatheringSubmission submission) {
		RequestHash hash = new RequestHash();
		hash.text(networkId);
		hash.text(submission.heldOn() == null ? null : submission.heldOn().toString());
		hash.number(submission.participants() == null ? -1 : submission.participants());
		hash.texts(submission.attendees());
		hash.texts(submission.values());
		hash.number(submission.spearheads().size());
		for (GatheringSubmission.Spearhead spearhead : submission.spearheads()) {
			hash.text(spearhead.title());
			hash.text(spearhead.explanation());
			hash.texts(spearhead.values());
			hash.number(spearhead.ideas().size());
			for (GatheringSubmission.Idea idea : spearhead.ideas()) {
				hash.text(idea.title());
				hash.text(idea.description());
				hash.text(idea.status().name());
				hash.texts(idea.initiators());
			}
		}
		return HexFormat.of().formatHex(hash.digest.digest());
	}

	private void texts(List<String> texts) {
		number(texts.size());
		texts.forEach(this::text);
	}

	private void text(String text) {
		if (text == null) {
			number(-1);
			return;
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		number(bytes.length);
		this.digest.update(bytes);
	}

	private void number(int number) {
		this.digest.update((byte) (number >>> 24));
		this.digest.update((byte) (number >>> 16));
		this.digest.update((byte) (number >>> 8));
		this.digest.update((byte) number);
	}

}
