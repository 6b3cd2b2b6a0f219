package nl.mijnstad.panel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.mijnstad.api.InvalidRequestException;
import nl.mijnstad.graph.RetriedOnConflict;
import nl.mijnstad.panel.selection.Candidate;
import nl.mijnstad.panel.selection.LegacySelection;
import nl.mijnstad.panel.selection.MaximinSelection;
import nl.mijnstad.panel.selection.Quota;
import nl.mijnstad.panel.selection.QuotaFeasibility;
import nl.mijnstad.panel.selection.SelectionFailedException;
import nl.mijnstad.panel.selection.SelectionProblem;
import nl.mijnstad.vocabulary.Normaliser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a consultation's targeting into a panel: reads the pool, excludes who may not be asked (no consent, no
 * e-mail, filters, contact fatigue), derives the quotas from the districts' population, checks they can be met,
 * and draws the panel with the chosen method. Deterministic for a given graph, targeting and seed.
 */
@Service
public class PanelSelection {

	/** A computed selection: the preview as shown, and the ids of the people it selects. */
	record Plan(SelectionPreview preview, List<String> selected) {
	}

	private final PanelRepository repository;

	private final Consultations consultations;

	private final PanelProperties properties;

	private final Normaliser normaliser;

	PanelSelection(PanelRepository repository, Consultations consultations, PanelProperties properties,
			Normaliser normaliser) {
		this.repository = repository;
		this.consultations = consultations;
		this.properties = properties;
		this.normaliser = normaliser;
	}

	@RetriedOnConflict
	@Transactional(readOnly = true)
	public SelectionPreview preview(String consultationId, Targeting targeting) {
		this.consultations.get(consultationId);
		return plan(consultationId, targeting, OffsetDateTime.now()).preview();
	}

	/** Computes the selection in the caller's transaction. */
	Plan plan(String consultationId, Targeting targeting, OffsetDateTime now) {
		Map<String, Map<String, Long>> populations = this.repository.districtPopulations();
		List<Quota> quotas = quotas(targeting, populations);
		Set<Stratum> strata = new HashSet<>(targeting.stratifyBy());
		targeting.quotas().forEach(quota -> strata.add(quota.category()));

		int year = now.getYear();
		OffsetDateTime windowStart = now.minus(this.properties.window());
		OffsetDateTime gapStart = now.minus(this.properties.minGap());
		Set<String> valueKeys = new HashSet<>();
		targeting.filters().values().forEach(value -> {
			valueKeys.add(value);
			valueKeys.add(this.normaliser.key(value));
		});
		List<PoolMember> everyone = this.repository.pool(consultationId);
		long noConsent = 0, noEmail = 0, alreadyInvited = 0, filtered = 0, fatigued = 0, unknownStratum = 0;
		List<Candidate> candidates = new ArrayList<>();
		Map<String, PoolMember> byId = new HashMap<>();
		for (PoolMember person : everyone) {
			String ageBand = AgeBand.of(person.birthYear(), year);
			if (!person.panelConsent()) {
				noConsent++;
			}
			else if (!person.email()) {
				noEmail++;
			}
			else if (person.alreadyInvited()) {
				alreadyInvited++;
			}
			else if (!matches(targeting.filters(), person, ageBand, valueKeys)) {
				filtered++;
			}
			else if (fatigued(person, windowStart, gapStart)) {
				fatigued++;
			}
			else if ((strata.contains(Stratum.DISTRICT) && person.district() == null)
					|| (strata.contains(Stratum.AGE_BAND) && ageBand == null)) {
				unknownStratum++;
			}
			else {
				Map<String, String> features = new HashMap<>();
				if (person.district() != null) {
					features.put(Stratum.DISTRICT.feature(), person.district());
				}
				if (ageBand != null) {
					features.put(Stratum.AGE_BAND.feature(), ageBand);
				}
				candidates.add(new Candidate(person.id(), features));
				byId.put(person.id(), person);
			}
		}
		SelectionPreview.Pool pool = new SelectionPreview.Pool(everyone.size(), candidates.size(),
				new SelectionPreview.Excluded(noConsent, noEmail, alreadyInvited, filtered, fatigued, unknownStratum));
		int size = targeting.size();

		SelectionPreview.Feasibility feasibility;
		List<Candidate> panel = List.of();
		double[] probabilities = null;
		List<Candidate> ordered = candidates;
		int legacyRuns = 0;
		if (candidates.size() < size) {
			feasibility = new SelectionPreview.Feasibility(false,
					"only " + candidates.size() + " eligible people for a panel of " + size, 0, List.of());
		}
		else {
			SelectionProblem problem = new SelectionProblem(candidates, size, quotas);
			ordered = problem.pool();
			QuotaFeasibility.Result result = new QuotaFeasibility(problem).result();
			feasibility = new SelectionPreview.Feasibility(result.feasible(),
					result.feasible() ? null : "no panel meets every quota; see the smallest relaxation",
					result.widening(),
					result.relaxations()
						.stream()
						.map(r -> new SelectionPreview.Relaxation(stratum(r.quota().category()), r.quota().value(),
								r.quota().min(), r.quota().max(), r.min(), r.max()))
						.toList());
			if (result.feasible()) {
				try {
					if (targeting.method() == SelectionMethod.MAXIMIN) {
						MaximinSelection maximin = new MaximinSelection(problem, new Random(targeting.seed()),
								this.properties.maximinRounds());
						panel = maximin.draw();
						probabilities = maximin.probabilities();
					}
					else {
						panel = new LegacySelection(problem, new Random(targeting.seed()), 100).draw();
						legacyRuns = legacyRuns(candidates.size(), size);
						probabilities = new LegacySelection(problem, new Random(targeting.seed() + 1), 100)
							.estimateProbabilities(legacyRuns);
					}
				}
				catch (SelectionFailedException ex) {
					feasibility = new SelectionPreview.Feasibility(false, ex.getMessage(), 0, List.of());
					panel = List.of();
					probabilities = null;
				}
			}
		}

		SelectionPreview.Probabilities summary = null;
		Map<String, Double> probabilityOf = new HashMap<>();
		if (probabilities != null) {
			for (int i = 0; i < ordered.size(); i++) {
				probabilityOf.put(ordered.get(i).id(), probabilities[i]);
			}
			summary = new SelectionPreview.Probabilities(Arrays.stream(probabilities).min().orElse(0),
					Arrays.stream(probabilities).average().orElse(0), Arrays.stream(probabilities).max().orElse(0),
					targeting.method() == SelectionMethod.MAXIMIN ? "exact (maximin linear program)"
							: "estimated from " + legacyRuns + " seeded draws");
		}
		List<String> selected = panel.stream().map(Candidate::id).sorted().toList();
		List<SelectionPreview.Selected> selection = selected.stream().map(id -> {
			PoolMember person = byId.get(id);
			return new SelectionPreview.Selected(id, person.displayName(), person.district(),
					AgeBand.of(person.birthYear(), year), probabilityOf.getOrDefault(id, 0.0));
		}).toList();
		List<SelectionPreview.StratumRow> rows = strata(quotas, targeting, populations, candidates, panel);
		SelectionPreview preview = new SelectionPreview(consultationId, targeting.method(), targeting.seed(), size,
				pool, rows, feasibility, summary, selection, selected.isEmpty() ? null : digest(consultationId, selected));
		return new Plan(preview, selected);
	}

	/**
	 * How many legacy draws estimate its probabilities: the configured number, fewer for a large pool so that a
	 * preview stays within about 5 x 10^7 steps (a few seconds) (one draw costs about panel size x pool steps), but at least 20.
	 */
	private int legacyRuns(int pool, int size) {
		long perDraw = Math.max(1L, (long) pool * size);
		return (int) Math.max(20, Math.min(this.properties.legacyRuns(), 50_000_000L / perDraw));
	}

	private boolean fatigued(PoolMember person, OffsetDateTime windowStart, OffsetDateTime gapStart) {
		long recent = person.invitedAt().stream().filter(at -> at.isAfter(windowStart)).count();
		boolean tooSoon = person.invitedAt().stream().anyMatch(at -> at.isAfter(gapStart));
		return recent >= this.properties.maxInvitations() || tooSoon;
	}

	private static boolean matches(Targeting.Filters filters, PoolMember person, String ageBand,
			Set<String> valueKeys) {
		// List.copyOf lists refuse contains(null): people without a district or birth year match no such filter.
		if (!filters.districts().isEmpty() && (person.district() == null || !filters.districts().contains(person.district()))) {
			return false;
		}
		if (!filters.ageBands().isEmpty() && (ageBand == null || !filters.ageBands().contains(ageBand))) {
			return false;
		}
		if (!filters.networkKinds().isEmpty()
				&& filters.networkKinds().stream().noneMatch(kind -> person.networkKinds().contains(kind.name()))) {
			return false;
		}
		if (!filters.networks().isEmpty() && filters.networks().stream().noneMatch(person.networks()::contains)) {
			return false;
		}
		return valueKeys.isEmpty() || person.values().stream().anyMatch(valueKeys::contains);
	}

	/** Checks the targeting against the reference data and builds the quotas it asks for. */
	private List<Quota> quotas(Targeting targeting, Map<String, Map<String, Long>> populations) {
		InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
		List<String> districts = targeting.filters().districts();
		for (int i = 0; i < districts.size(); i++) {
			if (!populations.containsKey(districts.get(i))) {
				errors.add("filters.districts[" + i + "]", "no district with code " + districts.get(i));
			}
		}
		List<String> bands = targeting.filters().ageBands();
		for (int i = 0; i < bands.size(); i++) {
			if (AgeBand.byLabel(bands.get(i)) == null) {
				errors.add("filters.ageBands[" + i + "]", "one of " + AgeBand.LABELS);
			}
		}
		Set<String> missing = new java.util.LinkedHashSet<>();
		if (!targeting.filters().networks().isEmpty()
				&& !this.repository.networksExist(targeting.filters().networks(), missing)) {
			errors.add("filters.networks", "no network with id " + String.join(", ", missing));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < targeting.quotas().size(); i++) {
			Targeting.QuotaRequest quota = targeting.quotas().get(i);
			String field = "quotas[" + i + "]";
			if (quota.category() == Stratum.DISTRICT && !populations.containsKey(quota.value())) {
				errors.add(field + ".value", "no district with code " + quota.value());
			}
			if (quota.category() == Stratum.AGE_BAND && AgeBand.byLabel(quota.value()) == null) {
				errors.add(field + ".value", "one of " + AgeBand.LABELS);
			}
			if (quota.max() < quota.min()) {
				errors.add(field + ".max", "must not be below min");
			}
			if (quota.min() > targeting.size()) {
				errors.add(field + ".min", "must not exceed the panel size");
			}
			if (!seen.add(quota.category() + "/" + quota.value())) {
				errors.add(field, "a second quota for " + quota.category() + " " + quota.value());
			}
		}
		if (new HashSet<>(targeting.stratifyBy()).size() != targeting.stratifyBy().size()) {
			errors.add("stratifyBy", "each category at most once");
		}
		errors.throwIfAny(); // the shares below need known districts
		Map<Stratum, Map<String, Double>> shares = new LinkedHashMap<>();
		for (Stratum stratum : targeting.stratifyBy()) {
			boolean explicit = targeting.quotas().stream().anyMatch(q -> q.category() == stratum);
			if (explicit) {
				continue;
			}
			Map<String, Double> share = shares(stratum, targeting, populations);
			if (share.isEmpty()) {
				errors.add("stratifyBy", "the reference data holds no population by " + stratum
						+ " for the targeted districts");
			}
			shares.put(stratum, share);
		}
		errors.throwIfAny();
		List<Quota> quotas = new ArrayList<>();
		shares.forEach((stratum, share) -> share.forEach((value, fraction) -> {
			double target = fraction * targeting.size();
			quotas.add(new Quota(stratum.feature(), value, (int) Math.floor(target + 1e-9),
					(int) Math.ceil(target - 1e-9)));
		}));
		targeting.quotas()
			.forEach(q -> quotas.add(new Quota(q.category().feature(), q.value(), q.min(), q.max())));
		return quotas;
	}

	/** The population share of each value of a category, over the targeted districts. */
	private static Map<String, Double> shares(Stratum stratum, Targeting targeting,
			Map<String, Map<String, Long>> populations) {
		List<String> districts = targeting.filters().districts().isEmpty()
				? populations.keySet().stream().sorted().toList() : targeting.filters().districts();
		Map<String, Long> counts = new LinkedHashMap<>();
		if (stratum == Stratum.DISTRICT) {
			for (String district : districts) {
				counts.put(district, populations.get(district).getOrDefault("population", 0L));
			}
		}
		else {
			List<String> bands = targeting.filters().ageBands().isEmpty() ? AgeBand.LABELS
					: targeting.filters().ageBands();
			for (String band : bands) {
				String property = AgeBand.byLabel(band).districtProperty();
				counts.put(band, districts.stream()
					.mapToLong(district -> populations.get(district).getOrDefault(property, 0L))
					.sum());
			}
		}
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		Map<String, Double> shares = new LinkedHashMap<>();
		if (total > 0) {
			counts.forEach((value, count) -> shares.put(value, (double) count / total));
		}
		return shares;
	}

	private static List<SelectionPreview.StratumRow> strata(List<Quota> quotas, Targeting targeting,
			Map<String, Map<String, Long>> populations, List<Candidate> candidates, List<Candidate> panel) {
		Map<Stratum, Map<String, Double>> shares = new HashMap<>();
		List<SelectionPreview.StratumRow> rows = new ArrayList<>();
		for (Quota quota : quotas) {
			Stratum stratum = stratum(quota.category());
			Double share = shares.computeIfAbsent(stratum, s -> shares(s, targeting, populations)).get(quota.value());
			long eligible = candidates.stream().filter(c -> quota.value().equals(c.feature(quota.category()))).count();
			int selected = (int) panel.stream().filter(c -> quota.value().equals(c.feature(quota.category()))).count();
			rows.add(new SelectionPreview.StratumRow(stratum, quota.value(), share, eligible, quota.min(), quota.max(),
					selected));
		}
		return rows;
	}

	private static Stratum stratum(String feature) {
		return Arrays.stream(Stratum.values()).filter(s -> s.feature().equals(feature)).findFirst().orElseThrow();
	}

	static String digest(String consultationId, List<String> sortedIds) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(consultationId.getBytes(StandardCharsets.UTF_8));
			for (String id : sortedIds) {
				sha.update((byte) 0);
				sha.update(id.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(sha.digest(), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
