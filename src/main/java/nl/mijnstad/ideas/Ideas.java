package nl.mijnstad.ideas;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.mijnstad.api.ConflictException;
import nl.mijnstad.api.ForbiddenException;
import nl.mijnstad.api.InvalidRequestException;
import nl.mijnstad.api.NotFoundException;
import nl.mijnstad.graph.RetriedOnConflict;
import nl.mijnstad.reference.Districts;
import nl.mijnstad.security.Caller;
import nl.mijnstad.submission.IdeaStatus;
import nl.mijnstad.vocabulary.Normaliser;
import nl.mijnstad.vocabulary.Vocabulary;
import nl.mijnstad.vocabulary.VocabularyKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ideas box: browsing ideas, finding alike ideas of other networks, moving an idea along its status, and
 * counting how many became reality. The public face of this module.
 */
@Service
public class Ideas {

	/** The largest page of the ideas box. */
	public static final int MAX_PAGE_SIZE = 200;

	/** Similar ideas below this score share little more than a common word and are not shown. */
	static final double MIN_SIMILAR = SimilarityIndex.PAIR_FLOOR;

	private static final int MAX_QUERY = 200;

	/** Dates are days in the movement's city. */
	private final Clock clock = Clock.system(ZoneId.of("Europe/Amsterdam"));

	private final IdeaRepository repository;

	private final SimilarIdeas similar;

	private final Normaliser normaliser;

	private final Vocabulary vocabulary;

	private final Districts districts;

	Ideas(IdeaRepository repository, SimilarIdeas similar, Normaliser normaliser, Vocabulary vocabulary,
			Districts districts) {
		this.repository = repository;
		this.similar = similar;
		this.normaliser = normaliser;
		this.vocabulary = vocabulary;
		this.districts = districts;
	}

	/**
	 * The query of the ideas box, as the client sent it (every parameter may be absent or blank).
	 * @param value a value key or wording
	 * @param spearhead a spearhead key or wording
	 * @param status PLANNED, RUNNING, DONE or STOPPED
	 * @param district a district code the idea's network is active in
	 * @param network a network id
	 * @param q words to search for in titles and descriptions (all of them, Dutch-normalised)
	 * @param page the page, from 0
	 * @param size the page size, 1 to {@value #MAX_PAGE_SIZE}
	 */
	public record Query(String value, String spearhead, String status, String district, String network, String q,
			String page, String size) {
	}

	@RetriedOnConflict
	@Transactional(readOnly = true)
	public IdeaPage list(Query query) {
		InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
		IdeaStatus status = status(query.status(), errors);
		String value = vocabularyKey(VocabularyKind.VALUE, "value", query.value(), errors);
		String spearhead = vocabularyKey(VocabularyKind.SPEARHEAD, "spearhead", query.spearhead(), errors);
		String district = present(query.district());
		if (district != null && !this.districts.unknown(Set.of(district)).isEmpty()) {
			errors.add("district", "no district with code " + district);
		}
		String network = present(query.network());
		if (network != null && !this.repository.networkExists(network)) {
			errors.add("network", "no network with id " + network);
		}
		String q = present(query.q());
		List<String> terms = List.of();
		if (q != null) {
			terms = this.similar.terms(q);
			if (q.length() > MAX_QUERY) {
				errors.add("q", "at most " + MAX_QUERY + " characters");
			}
			else if (terms.isEmpty()) {
				errors.add("q", "has no words to search for (only stop words or no letters)");
			}
		}
		int page = number("page", query.page(), 0, 0, 1_000_000, errors);
		int size = number("size", query.size(), 20, 1, MAX_PAGE_SIZE, errors);
		errors.throwIfAny();
		Set<String> ids = (q == null) ? null : this.similar.index().containingAll(terms);
		return this.repository.page(new IdeaRepository.Filter(status, spearhead, value, district, network, ids), page,
				size);
	}

	@RetriedOnConflict
	@Transactional(readOnly = true)
	public IdeaDetail get(String id) {
		IdeaCard card = this.repository.cards(List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("idea", id));
		return new IdeaDetail(card, this.repository.history(id));
	}

	/** Ideas of other networks that look like this one, best first. */
	@RetriedOnConflict
	@Transactional(readOnly = true)
	public List<SimilarIdea> similar(String id, String limitParameter) {
		int limit = number("limit", limitParameter, 10, 1, 100, null);
		SimilarityIndex index = this.similar.index();
		if (!index.contains(id) && this.repository.cards(List.of(id)).isEmpty()) {
			throw new NotFoundException("idea", id);
		}
		List<SimilarityIndex.Match> matches = index.similar(id, MIN_SIMILAR, limit);
		Map<String, IdeaCard> cards = cards(matches.stream().map(SimilarityIndex.Match::id).toList());
		return matches.stream()
			.filter(match -> cards.containsKey(match.id()))
			.map(match -> SimilarIdea.of(cards.get(match.id()), match.score()))
			.toList();
	}

	/** The most alike pairs of ideas across networks with a score of at least {@code min}. */
	@RetriedOnConflict
	@Transactional(readOnly = true)
	public SimilarPairs similarPairs(String minParameter, String limitParameter) {
		InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
		double min = 0.3;
		String given = present(minParameter);
		if (given != null) {
			try {
				min = Double.parseDouble(given);
			}
			catch (NumberFormatException ex) {
				min = Double.NaN;
			}
			if (!(min >= SimilarityIndex.PAIR_FLOOR && min <= 1)) {
				errors.add("min", "must be a number between " + SimilarityIndex.PAIR_FLOOR + " and 1");
			}
		}
		int limit = number("limit", limitParameter, 50, 1, 500, errors);
		errors.throwIfAny();
		double least = min;
		List<SimilarityIndex.Pair> pairs = this.similar.index()
			.pairs()
			.stream()
			.takeWhile(pair -> pair.score() >= least)
			.toList();
		List<SimilarityIndex.Pair> shown = pairs.subList(0, Math.min(limit, pairs.size()));
		Set<String> ids = new LinkedHashSet<>();
		shown.forEach(pair -> {
			ids.add(pair.first());
			ids.add(pair.second());
		});
		Map<String, IdeaCard> cards = cards(ids);
		List<SimilarPair> items = shown.stream()
			.filter(pair -> cards.containsKey(pair.first()) && cards.containsKey(pair.second()))
			.map(pair -> new SimilarPair(pair.score(), SimilarIdea.of(cards.get(pair.first()), pair.score()),
					SimilarIdea.of(cards.get(pair.second()), pair.score())))
			.toList();
		return new SimilarPairs(min, pairs.size(), items);
	}

	private Map<String, IdeaCard> cards(java.util.Collection<String> ids) {
		return this.repository.cards(ids).stream().collect(Collectors.toMap(IdeaCard::id, Function.identity()));
	}

	/**
	 * Moves an idea along ({@link StatusProgression}), by the holder of its network or an admin, and records
	 * the change with an analytics change marker, in one transaction.
	 */
	@RetriedOnConflict
	@Transactional
	public IdeaDetail changeStatus(String id, StatusChangeRequest change, Caller caller) {
		IdeaRepository.Standing standing = this.repository.standing(id)
			.orElseThrow(() -> new NotFoundException("idea", id));
		if (!caller.holds(standing.network())) {
			throw new ForbiddenException("Only the holder of the idea's network or an admin may change its status");
		}
		LocalDate today = LocalDate.now(this.clock);
		InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
		if (change.on().isBefore(standing.heldOn())) {
			errors.add("on", "not before the gathering that proposed the idea (" + standing.heldOn() + ")");
		}
		else if (standing.lastChangedOn() != null && change.on().isBefore(standing.lastChangedOn())) {
			errors.add("on", "not before the previous status change (" + standing.lastChangedOn() + ")");
		}
		if (change.on().isAfter(today)) {
			errors.add("on", "not in the future");
		}
		errors.throwIfAny();
		checkTransition(standing.status(), change.status());
		boolean written = this.repository.changeStatus(id, standing.status(), change.status(),
				UUID.randomUUID().toString(), change.on(), change.note(), caller.username());
		if (!written) {
			throw new ConflictException("status", "The idea's status was changed meanwhile; read it again");
		}
		return get(id);
	}

	private static void checkTransition(IdeaStatus from, IdeaStatus to) {
		if (StatusProgression.isFinal(from)) {
			throw new ConflictException("status", "The idea is " + from + ", which is final");
		}
		if (!StatusProgression.allowed(from, to)) {
			throw new ConflictException("status", "An idea that is " + from + " can move to "
					+ StatusProgression.next(from).stream().map(Enum::name).sorted().collect(Collectors.joining(" or "))
					+ ", not " + to);
		}
	}

	/** How many ideas became reality (running or done), per value or per spearhead. */
	@RetriedOnConflict
	@Transactional(readOnly = true)
	public IdeaProgress progress(String by) {
		String view = (present(by) == null) ? "value" : by.strip().toLowerCase(Locale.ROOT);
		if (!view.equals("value") && !view.equals("spearhead")) {
			throw new InvalidRequestException("by", "one of value, spearhead");
		}
		return new IdeaProgress(view, this.repository.progress(view.equals("value")));
	}

	private String vocabularyKey(VocabularyKind kind, String field, String given, InvalidRequestException.Collector errors) {
		String wording = present(given);
		if (wording == null) {
			return null;
		}
		if (wording.length() > 200) {
			errors.add(field, "at most 200 characters");
			return null;
		}
		String key = this.normaliser.key(wording);
		if (key.isEmpty()) {
			errors.add(field, "has no letters or digits");
			return null;
		}
		return this.vocabulary.resolve(kind, key);
	}

	private static IdeaStatus status(String given, InvalidRequestException.Collector errors) {
		String status = present(given);
		if (status == null) {
			return null;
		}
		try {
			return IdeaStatus.valueOf(status.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add("status", "one of " + Arrays.toString(IdeaStatus.values()));
			return null;
		}
	}

	/** A whole-number parameter; with no collector, a bad one is answered at once. */
	private static int number(String field, String given, int otherwise, int least, int most,
			InvalidRequestException.Collector errors) {
		String text = present(given);
		if (text == null) {
			return otherwise;
		}
		try {
			int value = Integer.parseInt(text);
			if (value >= least && value <= most) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// Answered below, like an out-of-range number.
		}
		String message = "must be a whole number between " + least + " and " + most;
		if (errors == null) {
			throw new InvalidRequestException(field, message);
		}
		errors.add(field, message);
		return otherwise;
	}

	private static String present(String parameter) {
		return (parameter == null || parameter.isBlank()) ? null : parameter.strip();
	}

}
