package nl.mijnstad.panel;

import java.util.List;

/**
 * What a send did.
 *
 * @param consultationId the consultation
 * @param created true when this request created the invitations; false when they existed already
 * @param invited how many people are invited to the consultation
 * @param delivered how many invitations this request mailed
 * @param pending how many of the consultation's invitations wait in the outbox (no SMTP, or it failed)
 * @param digest the fingerprint of the invited panel, as the preview reported it
 * @param invitedIds the people invited
 * @param pool the pool this send drew from, with who was left out and why (e.g. the contact-fatigue limits); null
 * when the invitations existed already
 */
public record SendResult(String consultationId, boolean created, int invited, int delivered, long pending,
		String digest, List<String> invitedIds, SelectionPreview.Pool pool) {

	public SendResult {
		invitedIds = List.copyOf(invitedIds);
	}

}
