package nl.mijnstad.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import nl.mijnstad.security.Caller;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Privacy requests (export, erasure) and the audit log, for admins. */
@RestController
class PrivacyController {

	private final PersonalData personalData;

	private final AuditLog audit;

	PrivacyController(PersonalData personalData, AuditLog audit) {
		this.personalData = personalData;
		this.audit = audit;
	}

	@GetMapping("/api/v1/people/{id}/export")
	Map<String, Object> export(@PathVariable String id) {
		return this.personalData.export(id, Caller.current());
	}

	@DeleteMapping("/api/v1/people/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void erase(@PathVariable String id) {
		this.personalData.erase(id, Caller.current());
	}

	@GetMapping("/api/v1/audit")
	List<AuditEntry> audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subject,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime since,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		return this.audit.entries(actor, action, subject, since, limit);
	}

}
