package nl.mijnstad.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.mijnstad.security.Caller;
import nl.mijnstad.submission.GatheringSubmission;
import nl.mijnstad.submission.GatheringSubmission.Limits;
import nl.mijnstad.submission.IdeaStatus;
import nl.mijnstad.vocabulary.Normaliser;

/**
 * Reads and checks a gatherings file — one row per idea, the movement's three steps flattened: gathering,
 * value(s), spearhead rank and title, idea — into one {@link GatheringSubmission} per gathering, held to the same
 * rules as the API. Every row is checked before anything is written, and every problem is reported at once.
 *
 * <p>A gathering's rows share its {@code gathering} reference; {@code heldOn} and {@code participants} are given
 * on its first row and may be repeated. A row's {@code values} are the values its spearhead serves; the
 * gathering's values are all of them in order of first appearance. A row without a spearhead adds values only;
 * a row without an idea adds its spearhead only.
 */
final class GatheringCsv {

	static final List<String> COLUMNS = List.of("gathering", "network", "heldOn", "participants", "values",
			"spearheadRank", "spearhead", "idea", "ideaDescription", "ideaStatus");

	static final Set<String> REQUIRED = Set.of("gathering", "network", "heldOn", "participants", "values",
			"spearheadRank", "spearhead");

	static final int MAX_ROWS = 50_000;

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** What the checks need from the graph. */
	interface Lookups {

		/** The networks these references (an id or a name) name, by reference; unknown ones are left out. */
		Map<String, String> networks(Collection<String> references);

	}

	/** One gathering to submit, with the line it starts on and the reference that makes re-runs idempotent. */
	record Item(int line, String reference, String networkId, GatheringSubmission submission) {
	}

	private GatheringCsv() {
	}

	static List<Item> plan(CsvTable table, Lookups lookups, Normaliser normaliser, Validator validator,
			Caller caller, LocalDate today) {
		Set<String> references = new LinkedHashSet<>();
		table.rows().forEach(row -> references.add(row.get("network")));
		Map<String, String> networks = lookups.networks(references);

		List<RowProblem> problems = new ArrayList<>();
		Map<String, Draft> drafts = new LinkedHashMap<>();
		for (CsvTable.Row row : table.rows()) {
			int line = row.line();
			String reference = row.get("gathering");
			if (reference.isEmpty() || reference.length() > 100) {
				problems.add(new RowProblem(line, "gathering", "a reference of 1 to 100 characters is required"));
				continue;
			}
			Draft draft = drafts.get(reference);
			if (draft == null) {
				draft = new Draft(line, reference);
				drafts.put(reference, draft);
				String network = row.get("network");
				draft.networkId = networks.get(network);
				if (network.isEmpty()) {
					problems.add(new RowProblem(line, "network", "a network name or id is required"));
				}
				else if (draft.networkId == null) {
					problems.add(new RowProblem(line, "network", "no network named or with id '" + network + "'"));
				}
				else if (!caller.holds(draft.networkId)) {
					problems.add(new RowProblem(line, "network", "you hold no network '" + network + "'"));
				}
				draft.heldOn = Cells.date(row.get("heldOn"));
				if (draft.heldOn == null) {
					problems.add(new RowProblem(line, "heldOn", "a date like 2017-01-03 or 3-1-2017 is required, got '"
							+ row.get("heldOn") + "'"));
				}
				else if (draft.heldOn.isBefore(EARLIEST) || draft.heldOn.isAfter(today)) {
					problems.add(new RowProblem(line, "heldOn", "must be between " + EARLIEST + " and today"));
				}
				draft.participants = Cells.number(row.get("participants"));
				if (draft.participants == null || draft.participants < 1 || draft.participants > 100_000) {
					problems.add(new RowProblem(line, "participants", "a number from 1 to 100,000 is required, got '"
							+ row.get("participants") + "'"));
				}
				draft.firstRow = row;
			}
			else {
				for (String column : List.of("network", "heldOn", "participants")) {
					String value = row.get(column);
					if (!value.isEmpty() && !value.equals(draft.firstRow.get(column))) {
						problems.add(new RowProblem(line, column, "differs from line " + draft.line
								+ ", where gathering '" + reference + "' starts"));
					}
				}
			}
			readSpearheadAndIdea(row, draft, normaliser, problems);
		}

		List<Item> items = new ArrayList<>();
		for (Draft draft : drafts.values()) {
			int before = problems.size();
			draft.finish(problems);
			if (problems.size() > before || draft.networkId == null || draft.heldOn == null
					|| draft.participants == null) {
				continue;
			}
			GatheringSubmission submission = draft.submission();
			for (ConstraintViolation<GatheringSubmission> violation : validator.validate(submission)) {
				problems.add(new RowProblem(draft.line, violation.getPropertyPath().toString(), violation.getMessage()));
			}
			items.add(new Item(draft.line, draft.reference, draft.networkId, submission));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejected(problems);
		}
		return List.copyOf(items);
	}

	private static void readSpearheadAndIdea(CsvTable.Row row, Draft draft, Normaliser normaliser,
			List<RowProblem> problems) {
		int line = row.line();
		List<String> values = Cells.list(row.get("values"));
		for (String value : values) {
			if (value.length() > Limits.TITLE) {
				problems.add(new RowProblem(line, "values", "a value of at most " + Limits.TITLE + " characters"));
			}
			else if (normaliser.key(value).isEmpty()) {
				problems.add(new RowProblem(line, "values", "'" + value + "' has no letters or digits"));
			}
			else {
				draft.values.putIfAbsent(normaliser.key(value), value);
			}
		}
		String title = row.get("spearhead");
		String idea = row.get("idea");
		if (title.isEmpty()) {
			if (!idea.isEmpty() || !row.get("spearheadRank").isEmpty()) {
				problems.add(new RowProblem(line, "spearhead", "required when spearheadRank or idea is filled"));
			}
			return;
		}
		String key = normaliser.key(title);
		if (title.length() > Limits.TITLE || key.isEmpty()) {
			problems.add(new RowProblem(line, "spearhead",
					"a title of at most " + Limits.TITLE + " characters with letters or digits"));
			return;
		}
		Integer rank = Cells.number(row.get("spearheadRank"));
		if (rank == null || rank < 1 || rank > Limits.SPEARHEADS) {
			problems.add(new RowProblem(line, "spearheadRank", "a rank from 1 to " + Limits.SPEARHEADS
					+ " is required, got '" + row.get("spearheadRank") + "'"));
			return;
		}
		SpearheadDraft spearhead = draft.spearheads.get(key);
		if (spearhead == null) {
			spearhead = new SpearheadDraft(line, title, rank);
			SpearheadDraft sameRank = draft.byRank.putIfAbsent(rank, spearhead);
			if (sameRank != null) {
				problems.add(new RowProblem(line, "spearheadRank", "rank " + rank + " is already '" + sameRank.title
						+ "' (line " + sameRank.line + ")"));
				return;
			}
			draft.spearheads.put(key, spearhead);
		}
		else if (spearhead.rank != rank) {
			problems.add(new RowProblem(line, "spearheadRank", "'" + title + "' has rank " + spearhead.rank
					+ " on line " + spearhead.line));
			return;
		}
		for (String value : values) {
			if (!spearhead.values.contains(value) && !normaliser.key(value).isEmpty()) {
				spearhead.values.add(value);
			}
		}
		if (idea.isEmpty()) {
			if (!row.get("ideaDescription").isEmpty() || !row.get("ideaStatus").isEmpty()) {
				problems.add(new RowProblem(line, "idea", "required when ideaDescription or ideaStatus is filled"));
			}
			return;
		}
		if (idea.length() > Limits.TITLE) {
			problems.add(new RowProblem(line, "idea", "a title of at most " + Limits.TITLE + " characters"));
		}
		String description = row.get("ideaDescription");
		if (description.length() > Limits.TEXT) {
			problems.add(new RowProblem(line, "ideaDescription", "at most " + Limits.TEXT + " characters"));
		}
		IdeaStatus status = IdeaStatus.PLANNED;
		if (!row.get("ideaStatus").isEmpty()) {
			try {
				status = IdeaStatus.valueOf(row.get("ideaStatus").toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new RowProblem(line, "ideaStatus",
						"one of " + List.of(IdeaStatus.values()) + ", got '" + row.get("ideaStatus") + "'"));
			}
		}
		if (spearhead.ideas.size() >= Limits.IDEAS) {
			problems.add(new RowProblem(line, "idea", "at most " + Limits.IDEAS + " ideas per spearhead"));
			return;
		}
		spearhead.ideas.add(new GatheringSubmission.Idea(idea, description.isEmpty() ? null : description, status,
				List.of()));
	}

	private static final class Draft {

		final int line;

		final String reference;

		CsvTable.Row firstRow;

		String networkId;

		LocalDate heldOn;

		Integer participants;

		final Map<String, String> values = new LinkedHashMap<>();

		final Map<String, SpearheadDraft> spearheads = new LinkedHashMap<>();

		final TreeMap<Integer, SpearheadDraft> byRank = new TreeMap<>();

		Draft(int line, String reference) {
			this.line = line;
			this.reference = reference;
		}

		void finish(List<RowProblem> problems) {
			if (this.spearheads.isEmpty()) {
				problems.add(new RowProblem(this.line, "spearhead", "gathering '" + this.reference
						+ "' has no spearhead; each gathering needs at least one"));
			}
			if (this.values.isEmpty()) {
				problems.add(new RowProblem(this.line, "values", "gathering '" + this.reference + "' has no values"));
			}
			if (this.values.size() > Limits.VALUES) {
				problems.add(new RowProblem(this.line, "values", "gathering '" + this.reference + "' has more than "
						+ Limits.VALUES + " values"));
			}
			int expected = 1;
			for (Map.Entry<Integer, SpearheadDraft> entry : this.byRank.entrySet()) {
				if (entry.getKey() != expected) {
					problems.add(new RowProblem(entry.getValue().line, "spearheadRank", "gathering '" + this.reference
							+ "' has no spearhead of rank " + expected + "; ranks are 1, 2, 3, … without gaps"));
					break;
				}
				expected++;
			}
		}

		GatheringSubmission submission() {
			List<GatheringSubmission.Spearhead> ranked = this.byRank.values()
				.stream()
				.map(s -> new GatheringSubmission.Spearhead(s.title, null, List.copyOf(s.values), s.ideas))
				.toList();
			return new GatheringSubmission(this.heldOn, this.participants, List.of(), List.copyOf(this.values.values()),
					ranked);
		}

	}

	private static final class SpearheadDraft {

		final int line;

		final String title;

		final int rank;

		final List<String> values = new ArrayList<>();

		final List<GatheringSubmission.Idea> ideas = new ArrayList<>();

		SpearheadDraft(int line, String title, int rank) {
			this.line = line;
			this.title = title;
			this.rank = rank;
		}

	}

}
