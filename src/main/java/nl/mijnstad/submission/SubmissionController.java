package nl.mijnstad.submission;

import java.net.URI;

import jakarta.validation.Valid;

import nl.mijnstad.security.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Submitting a gathering's output, and reading it back. */
@RestController
class SubmissionController {

	private final Submissions submissions;

	SubmissionController(Submissions submissions) {
		this.submissions = submissions;
	}

	/** 201 with the stored gathering; a replay with the same Idempotency-Key answers the same, marked as replayed. */
	@PostMapping("/api/v1/networks/{id}/gatherings")
	ResponseEntity<GatheringView> submit(@PathVariable String id, @Valid @RequestBody GatheringSubmission submission,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Submissions.Outcome outcome = this.submissions.submit(id, submission, idempotencyKey, Caller.current());
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/gatherings/" + outcome.gathering().id()))
			.header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
			.body(outcome.gathering());
	}

	@GetMapping("/api/v1/gatherings/{id}")
	GatheringView get(@PathVariable String id) {
		return this.submissions.get(id, Caller.current());
	}

}
