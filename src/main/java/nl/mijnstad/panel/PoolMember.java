package nl.mijnstad.panel;

import java.time.OffsetDateTime;
import java.util.List;

/** A person as the selection sees them: no contact data, only whether there is an e-mail address. */
record PoolMember(String id, String displayName, String district, Integer birthYear, boolean panelConsent,
		boolean email, List<String> networks, List<String> networkKinds, List<String> values,
		List<OffsetDateTime> invitedAt, boolean alreadyInvited) {
}
