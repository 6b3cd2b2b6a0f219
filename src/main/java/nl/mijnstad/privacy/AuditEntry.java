package nl.mijnstad.privacy;

import java.time.OffsetDateTime;

/**
 * One entry of the audit log.
 *
 * @param id its id
 * @param at when
 * @param actor which account
 * @param action what, e.g. READ_CONTACTS, EXPORT, ERASE
 * @param subject to what, e.g. {@code person:<id>}
 * @param purpose why
 */
public record AuditEntry(String id, OffsetDateTime at, String actor, String action, String subject,
		String purpose) {
}
