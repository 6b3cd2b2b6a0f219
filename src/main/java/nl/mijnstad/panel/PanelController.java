package nl.mijnstad.panel;

import java.net.URI;

import jakarta.validation.Valid;

import nl.mijnstad.security.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The citizens' panel API: consent, consultations, selection, invitations and results. */
@RestController
class PanelController {

	private final Consents consents;

	private final Consultations consultations;

	private final PanelSelection selection;

	private final Invitations invitations;

	private final Outbox outbox;

	private final Results results;

	PanelController(Consents consents, Consultations consultations, PanelSelection selection, Invitations invitations,
			Outbox outbox, Results results) {
		this.consents = consents;
		this.consultations = consultations;
		this.selection = selection;
		this.invitations = invitations;
		this.outbox = outbox;
		this.results = results;
	}

	@PostMapping("/api/v1/people/{id}/consents")
	ConsentState consent(@PathVariable String id, @Valid @RequestBody ConsentChange change) {
		return this.consents.change(id, change);
	}

	@PostMapping("/api/v1/consultations")
	ResponseEntity<Consultation> create(@Valid @RequestBody ConsultationRequest request) {
		Consultation consultation = this.consultations.create(request, Caller.current());
		return ResponseEntity.created(URI.create("/api/v1/consultations/" + consultation.id())).body(consultation);
	}

	@GetMapping("/api/v1/consultations/{id}")
	Consultation get(@PathVariable String id) {
		return this.consultations.get(id);
	}

	@PostMapping("/api/v1/consultations/{id}/selection/preview")
	SelectionPreview preview(@PathVariable String id, @Valid @RequestBody Targeting targeting) {
		return this.selection.preview(id, targeting);
	}

	@PostMapping("/api/v1/consultations/{id}/invitations")
	ResponseEntity<SendResult> send(@PathVariable String id, @Valid @RequestBody Targeting targeting) {
		SendResult result = this.invitations.send(id, targeting, Caller.current());
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
	}

	@GetMapping("/api/v1/consultations/{id}/results")
	ConsultationResults results(@PathVariable String id) {
		return this.results.of(id);
	}

	@PostMapping("/api/v1/panel/outbox/delivery")
	Outbox.Delivery deliver() {
		return this.outbox.deliver(null, Caller.current().username());
	}

}
