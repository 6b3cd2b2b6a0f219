package nl.mijnstad.vocabulary;

import java.util.List;

import nl.mijnstad.security.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Merging vocabulary entries, the merge log and duplicate suggestions. */
@RestController
class VocabularyController {

	private final Vocabulary vocabulary;

	VocabularyController(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	@PostMapping("/api/v1/vocabulary/values/{key}/merge-into/{other}")
	VocabularyMerge mergeValues(@PathVariable String key, @PathVariable String other) {
		return this.vocabulary.merge(VocabularyKind.VALUE, key, other, Caller.current());
	}

	@PostMapping("/api/v1/vocabulary/spearheads/{key}/merge-into/{other}")
	VocabularyMerge mergeSpearheads(@PathVariable String key, @PathVariable String other) {
		return this.vocabulary.merge(VocabularyKind.SPEARHEAD, key, other, Caller.current());
	}

	@GetMapping("/api/v1/vocabulary/merges")
	List<VocabularyMerge> merges(@RequestParam(required = false) String limit) {
		return this.vocabulary.merges(limit, Caller.current());
	}

	@GetMapping("/api/v1/vocabulary/values/suggestions")
	DuplicateCandidates valueSuggestions(@RequestParam(required = false) String limit) {
		return this.vocabulary.suggestions(VocabularyKind.VALUE, limit);
	}

	@GetMapping("/api/v1/vocabulary/spearheads/suggestions")
	DuplicateCandidates spearheadSuggestions(@RequestParam(required = false) String limit) {
		return this.vocabulary.suggestions(VocabularyKind.SPEARHEAD, limit);
	}

}
