package nl.mijnstad.panel;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.mijnstad.api.ConflictException;
import nl.mijnstad.api.InvalidRequestException;
import nl.mijnstad.graph.RetriedOnConflict;
import nl.mijnstad.security.Caller;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a consultation's invitations in one transaction that also enforces consent and the contact-fatigue
 * limits: the consultation and then every selected person are write-locked before their invitations are counted
 * again, so two sends running at once are serialised per person and the second sees the first's invitations.
 * If anyone selected may no longer be invited, nothing is created and the send is refused (409): the panel
 * would no longer be the one previewed.
 */
@Component
class InvitationWriter {

	/** Whether invitations were created, for whom, and whom the pool left out (null when sent before). */
	record Outcome(boolean created, List<String> invited, String digest, SelectionPreview.Pool pool) {
	}

	private final PanelRepository repository;

	private final Consultations consultations;

	private final PanelSelection selection;

	private final PanelProperties properties;

	InvitationWriter(PanelRepository repository, Consultations consultations, PanelSelection selection,
			PanelProperties properties) {
		this.repository = repository;
		this.consultations = consultations;
		this.selection = selection;
		this.properties = properties;
	}

	@RetriedOnConflict
	@Transactional
	public Outcome create(String consultationId, Targeting targeting, Caller caller) {
		Consultation consultation = this.consultations.get(consultationId);
		this.repository.lockConsultation(consultationId);
		List<String> existing = this.repository.invitedIds(consultationId);
		if (!existing.isEmpty()) {
			return new Outcome(false, existing, PanelSelection.digest(consultationId, existing), null);
		}
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		if (!consultation.closesAt().isAfter(now)) {
			throw new ConflictException(null, "The consultation closed at " + consultation.closesAt());
		}
		PanelSelection.Plan plan = this.selection.plan(consultationId, targeting, now);
		SelectionPreview.Feasibility feasibility = plan.preview().feasibility();
		if (!feasibility.feasible()) {
			throw new InvalidRequestException(targeting.quotas().isEmpty() && targeting.stratifyBy().isEmpty()
					? "size" : "quotas", feasibility.reason());
		}
		if (targeting.expectedDigest() != null && !targeting.expectedDigest().equals(plan.preview().digest())) {
			throw new ConflictException("expectedDigest",
					"The selection differs from the preview (the pool changed since); preview again");
		}
		List<String> selected = plan.selected();
		this.repository.lockPeople(selected);
		List<String> refused = this.repository.notInvitable(selected, now.minus(this.properties.window()),
				now.minus(this.properties.minGap()), this.properties.maxInvitations());
		if (!refused.isEmpty()) {
			throw new ConflictException(null, refused.size()
					+ " selected people were invited elsewhere or withdrew consent while this send ran; "
					+ "nothing was sent; preview and send again");
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String person : selected) {
			String token = InvitationTokens.generate();
			rows.add(Map.of("person", person, "hash", InvitationTokens.hash(token), "token", token));
		}
		this.repository.invite(consultationId, rows, now, plan.preview().digest(), caller.username());
		return new Outcome(true, selected, plan.preview().digest(), plan.preview().pool());
	}

}
