package nl.mijnstad.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;

import nl.mijnstad.api.NotFoundException;
import nl.mijnstad.security.Caller;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV imports: a bad file gets 422 with every bad row at once; a good one 202 with a job to follow at
 * {@code Location} until it is DONE (all written) or FAILED (nothing written).
 */
@RestController
class ImportController {

	/** The shipped templates (header only) and filled examples, in {@code src/main/resources/imports/}. */
	static final Set<String> TEMPLATES = Set.of("networks", "networks-example", "gatherings", "gatherings-example");

	private final Imports imports;

	ImportController(Imports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/imports/networks", consumes = { "text/csv", "text/plain" })
	ResponseEntity<ImportJob> networks(@RequestBody byte[] csv) {
		return accepted(this.imports.networks(csv, Caller.current()));
	}

	@PostMapping(path = "/api/v1/imports/gatherings", consumes = { "text/csv", "text/plain" })
	ResponseEntity<ImportJob> gatherings(@RequestBody byte[] csv) {
		return accepted(this.imports.gatherings(csv, Caller.current()));
	}

	@GetMapping("/api/v1/imports/{id}")
	ImportJob job(@PathVariable String id) {
		return this.imports.job(id, Caller.current());
	}

	@GetMapping(path = "/api/v1/imports/templates/{name}.csv", produces = "text/csv")
	ResponseEntity<byte[]> template(@PathVariable String name) throws IOException {
		if (!TEMPLATES.contains(name)) {
			throw new NotFoundException("import template", name);
		}
		try (InputStream in = new ClassPathResource("imports/" + name + ".csv").getInputStream()) {
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
				.body(in.readAllBytes());
		}
	}

	private static ResponseEntity<ImportJob> accepted(ImportJob job) {
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
	}

}
