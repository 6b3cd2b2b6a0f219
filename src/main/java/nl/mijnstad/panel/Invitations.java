package nl.mijnstad.panel;

import nl.mijnstad.security.Caller;

import org.springframework.stereotype.Service;

/**
 * Sends a consultation: creates its invitations once (a repeated send creates nothing new) and then mails them.
 * Creation commits before any mail goes out, so a mail server that is down loses nothing: the invitations wait in
 * the {@link Outbox}.
 */
@Service
public class Invitations {

	private final InvitationWriter writer;

	private final Outbox outbox;

	Invitations(InvitationWriter writer, Outbox outbox) {
		this.writer = writer;
		this.outbox = outbox;
	}

	public SendResult send(String consultationId, Targeting targeting, Caller caller) {
		InvitationWriter.Outcome outcome = this.writer.create(consultationId, targeting, caller);
		Outbox.Delivery delivery = this.outbox.deliver(consultationId, caller.username());
		return new SendResult(consultationId, outcome.created(), outcome.invited().size(), delivery.delivered(),
				delivery.pending(), outcome.digest(), outcome.invited(), outcome.pool());
	}

}
