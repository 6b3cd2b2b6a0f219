package nl.mijnstad.analytics.reach;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import nl.mijnstad.security.Caller;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coverage, frontier, overlaps, brokers and graph exports. */
@RestController
@Validated
class ReachController {

	private final Reach reach;

	ReachController(Reach reach) {
		this.reach = reach;
	}

	@GetMapping("/api/v1/analytics/coverage")
	CoverageReport coverage(
			@RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_-]{1,20}") String municipality) {
		return this.reach.coverage(municipality, Caller.current());
	}

	@GetMapping("/api/v1/analytics/frontier")
	ReachViews.Frontier frontier(@RequestParam(defaultValue = "20") @Min(1) @Max(1000) int limit) {
		return this.reach.frontier(limit, Caller.current());
	}

	@GetMapping("/api/v1/analytics/overlaps")
	List<ReachViews.MemberOverlap> overlaps(@RequestParam(defaultValue = "100") @Min(1) @Max(10000) int limit,
			@RequestParam(defaultValue = "1") @Min(1) int min) {
		return this.reach.overlaps(limit, min);
	}

	@GetMapping("/api/v1/analytics/overlaps/values")
	List<ReachViews.ValueOverlap> valueOverlaps(@RequestParam(defaultValue = "100") @Min(1) @Max(10000) int limit,
			@RequestParam(defaultValue = "1") @Min(1) int min) {
		return this.reach.valueOverlaps(limit, min);
	}

	@GetMapping("/api/v1/analytics/brokers")
	ReachViews.Brokers brokers(@RequestParam(defaultValue = "20") @Min(1) @Max(1000) int limit) {
		return this.reach.brokers(limit, Caller.current());
	}

	@GetMapping("/api/v1/export/graph.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format) {
		Reach.Export export = this.reach.export(format);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(export.mediaType() + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.filename()).build().toString())
			.body(export.content());
	}

}
