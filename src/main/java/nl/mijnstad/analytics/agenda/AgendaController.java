package nl.mijnstad.analytics.agenda;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nl.mijnstad.api.InvalidRequestException;

/** The agenda analytics over HTTP: shared values, spearhead ranking, clusters, city profile. */
@RestController
class AgendaController {

	static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final Agenda agenda;

	AgendaController(Agenda agenda) {
		this.agenda = agenda;
	}

	@GetMapping("/api/v1/analytics/values")
	List<SharedValue> values(@RequestParam(required = false) String district,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return this.agenda.values(district, kind, from, to);
	}

	@GetMapping("/api/v1/analytics/spearheads")
	CollectiveRanking spearheads(@RequestParam(required = false) String cluster,
			@RequestParam(required = false) String method, @RequestParam(defaultValue = "false") boolean explain) {
		return this.agenda.spearheads(cluster, method, explain);
	}

	@GetMapping("/api/v1/analytics/clusters")
	List<ClusterView> clusters() {
		return this.agenda.clusters();
	}

	/** HTML unless {@code ?format=md} or an Accept header that prefers Markdown. */
	@GetMapping("/api/v1/analytics/profile")
	ResponseEntity<String> profile(@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		boolean markdown = wantsMarkdown(format, accept);
		return ResponseEntity.ok()
			.contentType(markdown ? MARKDOWN : HTML)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(markdown ? this.agenda.profileMarkdown() : this.agenda.profileHtml());
	}

	static boolean wantsMarkdown(String format, String accept) {
		if (format != null && !format.isBlank()) {
			return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
				case "md", "markdown" -> true;
				case "html" -> false;
				default -> throw new InvalidRequestException("format", "unknown format '" + format + "'; md or html");
			};
		}
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> accepted;
		try {
			accepted = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
		}
		catch (org.springframework.http.InvalidMediaTypeException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Malformed Accept header");
		}
		// A stable sort: among equal qualities the client's order stands.
		accepted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : accepted) {
			if (type.getQualityValue() == 0) {
				continue;
			}
			if (type.includes(MARKDOWN) && !type.isWildcardType() && !type.isWildcardSubtype()) {
				return true;
			}
			if (type.includes(HTML)) {
				return false;
			}
		}
		throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, "The profile is text/html or text/markdown");
	}

}
