package nl.mijnstad.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import nl.mijnstad.api.FieldProblem;
import nl.mijnstad.api.InvalidRequestException;
import nl.mijnstad.security.Caller;
import nl.mijnstad.submission.IdeaStatus;
import nl.mijnstad.web.FeedColumn.Shape;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The policymaker's dashboards (shared values, spearhead ranking, clusters, ideas box, city profile: only
 * aggregates) and the connector's (coverage, frontier, brokers, network graph). Each table is rendered here from
 * its feed; the browser adds charts and the graph from the same figures.
 */
@Controller
class DashboardPages {

	static final List<FeedColumn> VALUES = List.of(new FeedColumn("label", "dashboard.col.value"),
			new FeedColumn("networks", "dashboard.col.networks"), new FeedColumn("gatherings", "dashboard.col.gatherings"),
			new FeedColumn("clusters", "dashboard.col.clusters"),
			FeedColumn.shaped("meanAgreement", "dashboard.col.meanAgreement", Shape.PERCENT),
			new FeedColumn("diversity.kinds", "dashboard.col.diversityKinds"),
			new FeedColumn("diversity.districts", "dashboard.col.diversityDistricts"));

	static final List<FeedColumn> SCHULZE = ranking(new FeedColumn("beats", "dashboard.col.beats"));

	static final List<FeedColumn> BORDA = ranking(new FeedColumn("points", "dashboard.col.points"));

	static final List<FeedColumn> CLUSTERS = List.of(new FeedColumn("id", "dashboard.col.cluster"),
			new FeedColumn("size", "dashboard.col.size"), new FeedColumn("reached", "dashboard.col.reachedNetworks"),
			new FeedColumn("values", "dashboard.col.distinctiveValues"));

	static final List<FeedColumn> IDEAS = List.of(new FeedColumn("title", "dashboard.col.idea"),
			new FeedColumn("spearhead", "dashboard.col.spearhead"), new FeedColumn("values", "dashboard.col.values"),
			FeedColumn.coded("status", "dashboard.col.status", "status."),
			new FeedColumn("network", "dashboard.col.network"), new FeedColumn("description", "dashboard.col.description"));

	static final List<FeedColumn> PROFILE = List.of(new FeedColumn("networks", "dashboard.col.reachedNetworks"),
			new FeedColumn("people", "dashboard.col.people"), new FeedColumn("gatherings", "dashboard.col.gatherings"),
			new FeedColumn("firstGathering", "dashboard.col.firstGathering"),
			new FeedColumn("lastGathering", "dashboard.col.lastGathering"));

	static final List<FeedColumn> PROFILE_VALUES = List.of(new FeedColumn("label", "dashboard.col.value"),
			new FeedColumn("networks", "dashboard.col.networks"), new FeedColumn("clusters", "dashboard.col.clusters"),
			FeedColumn.shaped("meanAgreement", "dashboard.col.meanAgreement", Shape.PERCENT));

	static final List<FeedColumn> PROFILE_SPEARHEADS = List.of(new FeedColumn("rank", "dashboard.col.rank"),
			new FeedColumn("title", "dashboard.col.spearhead"), new FeedColumn("values", "dashboard.col.values"),
			new FeedColumn("networks", "dashboard.col.networks"), new FeedColumn("ideas", "dashboard.col.exampleIdeas"));

	static final List<FeedColumn> COVERAGE_SUMMARY = List.of(new FeedColumn("population", "dashboard.col.population"),
			new FeedColumn("reached", "dashboard.col.reachedPeople"), new FeedColumn("rScore", "dashboard.col.rScore"),
			FeedColumn.shaped("proportionalSimilarity", "dashboard.col.proportionalSimilarity", Shape.PERCENT));

	static final List<FeedColumn> COVERAGE = List.of(new FeedColumn("name", "dashboard.col.district"),
			new FeedColumn("population", "dashboard.col.population"),
			new FeedColumn("reached", "dashboard.col.reachedPeople"),
			FeedColumn.shaped("rate", "dashboard.col.rate", Shape.PER_THOUSAND),
			FeedColumn.shaped("populationShare", "dashboard.col.populationShare", Shape.PERCENT),
			FeedColumn.shaped("reachedShare", "dashboard.col.reachedShare", Shape.PERCENT),
			new FeedColumn("representationIndex", "dashboard.col.representation"));

	static final List<FeedColumn> AGE_BANDS = List.of(new FeedColumn("name", "dashboard.col.ageBand"),
			new FeedColumn("population", "dashboard.col.population"),
			new FeedColumn("reached", "dashboard.col.reachedPeople"),
			FeedColumn.shaped("rate", "dashboard.col.rate", Shape.PER_THOUSAND),
			new FeedColumn("representationIndex", "dashboard.col.representation"));

	static final List<FeedColumn> FRONTIER = List.of(new FeedColumn("rank", "dashboard.col.rank"),
			new FeedColumn("network.name", "dashboard.col.network"),
			FeedColumn.coded("network.kind", "dashboard.col.kind", "kind."),
			new FeedColumn("members", "dashboard.col.members"), new FeedColumn("score", "dashboard.col.score"),
			FeedColumn.shaped("terms.*.explanation", "dashboard.col.why", Shape.LINES),
			FeedColumn.shaped("introducers.person.displayName", "dashboard.col.introducers", Shape.LINES),
			new FeedColumn("introducersTotal", "dashboard.col.introducersTotal"),
			new FeedColumn("connectors.displayName", "dashboard.col.connectors"));

	static final List<FeedColumn> NETWORK_BROKERS = List.of(new FeedColumn("network.name", "dashboard.col.network"),
			new FeedColumn("cluster", "dashboard.col.cluster"),
			new FeedColumn("neighbourClusters", "dashboard.col.otherClusters"),
			new FeedColumn("normalisedBetweenness", "dashboard.col.betweenness"));

	static final List<FeedColumn> PERSON_BROKERS = List.of(new FeedColumn("person.displayName", "dashboard.col.person"),
			new FeedColumn("clusters", "dashboard.col.clusters"), new FeedColumn("networks", "dashboard.col.networks"));

	static final List<FeedColumn> GRAPH = List.of(new FeedColumn("name", "dashboard.col.network"),
			FeedColumn.coded("kind", "dashboard.col.kind", "kind."), new FeedColumn("members", "dashboard.col.members"),
			new FeedColumn("cluster", "dashboard.col.cluster"), new FeedColumn("reached", "dashboard.col.reached"));

	private final DashboardFeeds feeds;

	private final FieldMessages messages;

	DashboardPages(DashboardFeeds feeds, FieldMessages messages) {
		this.feeds = feeds;
		this.messages = messages;
	}

	/** Shared values and the collective ranking, by Schulze (the default) or Borda ({@code ?methode=borda}). */
	@GetMapping("/dashboard/beleid")
	String values(@RequestParam(name = "methode", required = false) String method, Model model, Locale locale) {
		boolean borda = "borda".equals(method);
		DashboardFeeds.Feed ranking = feed("beleid", "spearheads", Map.of("method", borda ? "borda" : "schulze"));
		model.addAttribute("values", this.feeds.table(feed("beleid", "values", Map.of()), null, VALUES, locale));
		model.addAttribute("spearheads", this.feeds.table(ranking, "ranking", borda ? BORDA : SCHULZE, locale));
		model.addAttribute("method", borda ? "borda" : "schulze");
		model.addAttribute("ballots", this.feeds.figure(ranking, "ballots", locale));
		return "dashboard/values";
	}

	@GetMapping("/dashboard/beleid/clusters")
	String clusters(Model model, Locale locale) {
		model.addAttribute("clusters", this.feeds.table(feed("beleid", "clusters", Map.of()), null, CLUSTERS, locale));
		return "dashboard/clusters";
	}

	/** The ideas box; a filter the service refuses is said next to its field, and the box shows no ideas. */
	@GetMapping("/dashboard/beleid/ideeen")
	String ideas(@RequestParam(required = false) String value, @RequestParam(required = false) String spearhead,
			@RequestParam(required = false) String status, @RequestParam(required = false) String page, Model model,
			Locale locale, HttpServletResponse response) {
		Map<String, String> filters = new LinkedHashMap<>();
		put(filters, "value", value);
		put(filters, "spearhead", spearhead);
		put(filters, "status", status);
		put(filters, "page", page);
		model.addAttribute("filters", filters);
		model.addAttribute("statuses", List.of(IdeaStatus.values()));
		FormErrors errors = FormErrors.none();
		model.addAttribute("errors", errors);
		try {
			DashboardFeeds.Feed ideas = feed("beleid", "ideas", filters);
			model.addAttribute("ideas", this.feeds.table(ideas, "items", IDEAS, locale));
			// A number, not text: the message picks "1 idee" or "2 ideeën" by it.
			model.addAttribute("total", ideas.available() ? ideas.data().path("total").asLong() : null);
			pages(ideas, model);
		}
		catch (InvalidRequestException ex) {
			// As the forms answer a refused submission: the page again, with what to fix.
			response.setStatus(422);
			for (FieldProblem problem : FieldMessages.problems(ex)) {
				// The filter fields are called filter-value etc. on the page.
				String field = problem.field() == null ? null : "filter-" + problem.field();
				errors.add(field, this.messages.text("dashboard.filter." + problem.field(), locale),
						this.messages.problem(problem, locale, name -> null));
			}
		}
		return "dashboard/ideas";
	}

	/** The printable city profile, as the agenda service composes it. */
	@GetMapping("/dashboard/beleid/profiel")
	String profile(Model model, Locale locale) {
		DashboardFeeds.Feed profile = feed("beleid", "profile", Map.of());
		model.addAttribute("summary", this.feeds.table(profile, null, PROFILE, locale));
		model.addAttribute("values", this.feeds.table(profile, "values", PROFILE_VALUES, locale));
		model.addAttribute("spearheads", this.feeds.table(profile, "spearheads", PROFILE_SPEARHEADS, locale));
		model.addAttribute("clusters", this.feeds.table(feed("beleid", "clusters", Map.of()), null, CLUSTERS, locale));
		return "dashboard/profile";
	}

	@GetMapping("/dashboard/bereik")
	String reach(Model model, Locale locale) {
		DashboardFeeds.Feed coverage = feed("bereik", "coverage", Map.of());
		DashboardFeeds.Feed frontier = feed("bereik", "frontier", Map.of());
		DashboardFeeds.Feed brokers = feed("bereik", "brokers", Map.of());
		model.addAttribute("summary", this.feeds.table(coverage, null, COVERAGE_SUMMARY, locale));
		model.addAttribute("coverage", this.feeds.table(coverage, "districts", COVERAGE, locale));
		model.addAttribute("ageBands", this.feeds.table(coverage, "ageBands.bands", AGE_BANDS, locale));
		model.addAttribute("k", this.feeds.figure(coverage, "k", locale));
		model.addAttribute("frontier", this.feeds.table(frontier, "networks", FRONTIER, locale));
		model.addAttribute("unreached", this.feeds.figure(frontier, "unreachedNetworks", locale));
		model.addAttribute("formula", this.feeds.figure(frontier, "formula", locale));
		model.addAttribute("networkBrokers", this.feeds.table(brokers, "networks", NETWORK_BROKERS, locale));
		model.addAttribute("personBrokers", this.feeds.table(brokers, "people", PERSON_BROKERS, locale));
		return "dashboard/reach";
	}

	@GetMapping("/dashboard/bereik/netwerkkaart")
	String graph(Model model, Locale locale) {
		DashboardFeeds.Feed graph = feed("bereik", "graph", Map.of());
		model.addAttribute("graph", this.feeds.table(graph, "nodes", GRAPH, locale));
		model.addAttribute("networks", this.feeds.figure(graph, "networks", locale));
		return "dashboard/graph";
	}

	private DashboardFeeds.Feed feed(String area, String name, Map<String, String> filters) {
		return this.feeds.feed(area, name, Caller.current(), filters);
	}

	/** The previous and next page of the ideas box, where there is one. */
	private static void pages(DashboardFeeds.Feed ideas, Model model) {
		if (!ideas.available()) {
			return;
		}
		int page = ideas.data().path("page").asInt();
		int size = ideas.data().path("size").asInt();
		long total = ideas.data().path("total").asLong();
		model.addAttribute("previousPage", page > 0 ? page - 1 : null);
		model.addAttribute("nextPage", (long) (page + 1) * size < total ? page + 1 : null);
	}

	/** A ranking's columns, with the figure its method ranks by. */
	private static List<FeedColumn> ranking(FeedColumn score) {
		return List.of(new FeedColumn("rank", "dashboard.col.rank"), new FeedColumn("title", "dashboard.col.spearhead"),
				new FeedColumn("values", "dashboard.col.values"), score);
	}

	private static void put(Map<String, String> filters, String name, String value) {
		if (value != null && !value.isBlank()) {
			filters.put(name, value.strip());
		}
	}

}
