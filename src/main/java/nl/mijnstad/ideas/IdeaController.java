package nl.mijnstad.ideas;

import java.util.List;

import jakarta.validation.Valid;

import nl.mijnstad.security.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ideas box over HTTP. */
@RestController
class IdeaController {

	private final Ideas ideas;

	IdeaController(Ideas ideas) {
		this.ideas = ideas;
	}

	@GetMapping("/api/v1/ideas")
	IdeaPage list(@RequestParam(required = false) String value, @RequestParam(required = false) String spearhead,
			@RequestParam(required = false) String status, @RequestParam(required = false) String district,
			@RequestParam(required = false) String network, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		return this.ideas.list(new Ideas.Query(value, spearhead, status, district, network, q, page, size));
	}

	@GetMapping("/api/v1/ideas/similar-pairs")
	SimilarPairs similarPairs(@RequestParam(required = false) String min,
			@RequestParam(required = false) String limit) {
		return this.ideas.similarPairs(min, limit);
	}

	@GetMapping("/api/v1/ideas/progress")
	IdeaProgress progress(@RequestParam(required = false) String by) {
		return this.ideas.progress(by);
	}

	@GetMapping("/api/v1/ideas/{id}")
	IdeaDetail get(@PathVariable String id) {
		return this.ideas.get(id);
	}

	@GetMapping("/api/v1/ideas/{id}/similar")
	List<SimilarIdea> similar(@PathVariable String id, @RequestParam(required = false) String limit) {
		return this.ideas.similar(id, limit);
	}

	@PostMapping("/api/v1/ideas/{id}/status")
	IdeaDetail changeStatus(@PathVariable String id, @Valid @RequestBody StatusChangeRequest change) {
		return this.ideas.changeStatus(id, change, Caller.current());
	}

}
