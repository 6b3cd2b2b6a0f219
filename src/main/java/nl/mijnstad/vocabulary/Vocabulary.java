package nl.mijnstad.vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import nl.mijnstad.api.InvalidRequestException;
import nl.mijnstad.api.NotFoundException;
import nl.mijnstad.graph.RetriedOnConflict;
import nl.mijnstad.security.Caller;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vocabulary of values and spearheads as the movement curates it: admins merge entries that mean the same
 * thing, every merge is recorded, and the keys merged away keep resolving to the entry they went into. The
 * public face of this module, with the {@link Normaliser}.
 */
@Service
public class Vocabulary {

	/** The most suggestions or merges one request returns. */
	public static final int MAX_LIMIT = 1000;

	private final VocabularyRepository repository;

	private final Normaliser normaliser;

	/** Duplicate suggestions per kind, with the signature they were computed for. */
	private final Map<VocabularyKind, Cached> suggestions = new ConcurrentHashMap<>();

	private record Cached(List<Long> signature, int total, List<DuplicateCandidates.Candidate> candidates) {
	}

	Vocabulary(VocabularyRepository repository, Normaliser normaliser) {
		this.repository = repository;
		this.normaliser = normaliser;
	}

	/**
	 * Merges one entry into another in one transaction (see docs/ideas.md for what moves and which link a
	 * gathering keeps when it linked to both).
	 * @param from the key (or a wording) of the entry that goes away
	 * @param into the key (or a wording) of the entry that stays; a merged-away key resolves to its target
	 * @throws NotFoundException for an unknown key
	 * @throws InvalidRequestException when both name the same entry
	 */
	@RetriedOnConflict
	@Transactional
	public VocabularyMerge merge(VocabularyKind kind, String from, String into, Caller caller) {
		String source = this.normaliser.key(from);
		String target = resolve(kind, this.normaliser.key(into));
		InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
		if (source.isEmpty()) {
			errors.add("key", "has no letters or digits");
		}
		if (target.isEmpty()) {
			errors.add("other", "has no letters or digits");
		}
		if (!source.isEmpty() && source.equals(target)) {
			errors.add("other", "the same " + kind.noun() + " as key (" + source + "): nothing to merge");
		}
		errors.throwIfAny();
		if (!this.repository.exists(kind, source)) {
			throw new NotFoundException(kind.noun(), source);
		}
		if (!this.repository.exists(kind, target)) {
			throw new NotFoundException(kind.noun(), target);
		}
		String id = this.repository.merge(kind, source, target, UUID.randomUUID().toString(), caller.username())
			// Gone between the check and the write: another merge took it.
			.orElseThrow(() -> new NotFoundException(kind.noun(), source));
		return this.repository.merge(id).orElseThrow();
	}

	/** The merges, latest first; the account that merged is shown to admins only. */
	@RetriedOnConflict
	@Transactional(readOnly = true)
	public List<VocabularyMerge> merges(String limit, Caller caller) {
		return this.repository.merges(null, limit(limit, 100))
			.stream()
			.map(merge -> caller.isAdmin() ? merge : merge.withoutBy())
			.toList();
	}

	/**
	 * Pairs of entries that look like duplicates ({@link DuplicateSuggestions}), each side with its number of
	 * gatherings; computed once per change of the vocabulary, not per request.
	 */
	@RetriedOnConflict
	@Transactional(readOnly = true)
	public DuplicateCandidates suggestions(VocabularyKind kind, String limitParameter) {
		int limit = limit(limitParameter, 50);
		List<Long> signature = this.repository.signature();
		Cached cached = this.suggestions.get(kind);
		if (cached == null || !cached.signature().equals(signature)) {
			cached = compute(kind, signature);
			this.suggestions.put(kind, cached);
		}
		return new DuplicateCandidates(kind, cached.total(),
				cached.candidates().subList(0, Math.min(limit, cached.candidates().size())));
	}

	private Cached compute(VocabularyKind kind, List<Long> signature) {
		Map<String, DuplicateCandidates.Side> sides = new LinkedHashMap<>();
		List<DuplicateSuggestions.Entry> entries = new ArrayList<>();
		for (DuplicateCandidates.Side side : this.repository.entries(kind)) {
			sides.put(side.key(), side);
			entries.add(new DuplicateSuggestions.Entry(side.key(), side.label()));
		}
		List<DuplicateCandidates.Candidate> candidates = new DuplicateSuggestions(entries).suggestions()
			.stream()
			.map(s -> new DuplicateCandidates.Candidate(sides.get(s.first().key()), sides.get(s.second().key()),
					Math.round(s.score() * 10_000) / 10_000.0, s.reason()))
			.toList();
		return new Cached(signature, candidates.size(), candidates);
	}

	/** The {@code limit} parameter as given, or the default when absent. */
	private static int limit(String limit, int otherwise) {
		if (limit == null) {
			return otherwise;
		}
		try {
			int value = Integer.parseInt(limit.strip());
			if (value >= 1 && value <= MAX_LIMIT) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// Answered below, like an out-of-range number.
		}
		throw new InvalidRequestException("limit", "must be a whole number between 1 and " + MAX_LIMIT);
	}

	/** The key under which an entry is stored now: its merge target if it was merged away, else itself. */
	@RetriedOnConflict
	@Transactional(readOnly = true)
	public String resolve(VocabularyKind kind, String key) {
		return this.repository.aliases(kind, List.of(key)).getOrDefault(key, key);
	}

	/** {@link #resolve} for many value keys at once: every given key, mapped to the key it is stored under. */
	@RetriedOnConflict
	@Transactional(readOnly = true)
	public Map<String, String> resolveValueKeys(Collection<String> keys) {
		return resolveAll(VocabularyKind.VALUE, keys);
	}

	/** {@link #resolve} for many spearhead keys at once. */
	@RetriedOnConflict
	@Transactional(readOnly = true)
	public Map<String, String> resolveSpearheadKeys(Collection<String> keys) {
		return resolveAll(VocabularyKind.SPEARHEAD, keys);
	}

	private Map<String, String> resolveAll(VocabularyKind kind, Collection<String> keys) {
		Map<String, String> aliases = this.repository.aliases(kind, keys);
		Map<String, String> resolved = new HashMap<>();
		for (String key : keys) {
			resolved.put(key, aliases.getOrDefault(key, key));
		}
		return resolved;
	}

	/** Normalising and alias-resolving keys for new wordings, e.g. for one submission (one query). */
	@RetriedOnConflict
	@Transactional(readOnly = true)
	public VocabularyKeys keys() {
		return new VocabularyKeys(this.normaliser, this.repository.allAliases(VocabularyKind.VALUE),
				this.repository.allAliases(VocabularyKind.SPEARHEAD));
	}

}
