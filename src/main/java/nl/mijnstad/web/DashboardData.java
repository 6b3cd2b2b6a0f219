package nl.mijnstad.web;

import java.util.Map;

import nl.mijnstad.security.Caller;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboards' figures for the browser's charts and graph, on the page session (the API chain owns
 * {@code /api/**} and knows no sessions). The page chain lets only the area's roles in.
 */
@RestController
class DashboardData {

	private final DashboardFeeds feeds;

	DashboardData(DashboardFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/dashboard/data/{area}/{name}")
	ResponseEntity<Object> read(@PathVariable String area, @PathVariable String name,
			@RequestParam Map<String, String> filters) {
		return this.feeds.read(area, name, Caller.current(), filters)
			.<ResponseEntity<Object>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.status(404).body(Map.of("available", false)));
	}

	/** A filter the feature refuses is answered as the API answers it, not with the pages' error page. */
	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<ProblemDetail> refused(ErrorResponseException ex) {
		return ResponseEntity.status(ex.getStatusCode())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ex.getBody());
	}

}
