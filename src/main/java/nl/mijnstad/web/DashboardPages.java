package nl.mijnstad.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.mijnstad.security.Caller;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The policymaker's dashboards (shared values, spearhead ranking, clusters, ideas box, city profile: only
 * aggregates) and the connector's (coverage, frontier, network graph). Each table is rendered here from its
 * feed; the browser adds charts and the graph from the same figures.
 */
@Controller
class DashboardPages {

	static final List<FeedColumn> VALUES = List.of(new FeedColumn("label", "dashboard.col.value"),
			new FeedColumn("networks", "dashboard.col.networks"), new FeedColumn("gatherings", "dashboard.col.gatherings"),
			new FeedColumn("consensus", "dashboard.col.consensus"), new FeedColumn("diversity", "dashboard.col.diversity"));

	static final List<FeedColumn> SPEARHEADS = List.of(new FeedColumn("rank", "dashboard.col.rank"),
			new FeedColumn("title", "dashboard.col.spearhead"), new FeedColumn("gatherings", "dashboard.col.gatherings"),
			new FeedColumn("values", "dashboard.col.values"));

	static final List<FeedColumn> CLUSTERS = List.of(new FeedColumn("id", "dashboard.col.cluster"),
			new FeedColumn("size", "dashboard.col.size"), new FeedColumn("values", "dashboard.col.distinctiveValues"));

	static final List<FeedColumn> IDEAS = List.of(new FeedColumn("title", "dashboard.col.idea"),
			new FeedColumn("spearhead", "dashboard.col.spearhead"), new FeedColumn("status", "dashboard.col.status"),
			new FeedColumn("description", "dashboard.col.description"));

	static final List<FeedColumn> COVERAGE = List.of(new FeedColumn("name", "dashboard.col.district"),
			new FeedColumn("population", "dashboard.col.population"),
			new FeedColumn("participants", "dashboard.col.participants"), new FeedColumn("rate", "dashboard.col.rate"),
			new FeedColumn("representation", "dashboard.col.representation"));

	static final List<FeedColumn> FRONTIER = List.of(new FeedColumn("name", "dashboard.col.network"),
			new FeedColumn("kind", "dashboard.col.kind"), new FeedColumn("score", "dashboard.col.score"),
			new FeedColumn("introducers", "dashboard.col.introducers"));

	static final List<FeedColumn> GRAPH = List.of(new FeedColumn("name", "dashboard.col.network"),
			new FeedColumn("kind", "dashboard.col.kind"), new FeedColumn("members", "dashboard.col.members"),
			new FeedColumn("cluster", "dashboard.col.cluster"), new FeedColumn("reached", "dashboard.col.reached"));

	private final DashboardFeeds feeds;

	DashboardPages(DashboardFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/dashboard/beleid")
	String values(Model model, Locale locale) {
		model.addAttribute("values", table("beleid", "values", null, VALUES, Map.of(), locale));
		model.addAttribute("spearheads", table("beleid", "spearheads", "ranking", SPEARHEADS, Map.of(), locale));
		return "dashboard/values";
	}

	@GetMapping("/dashboard/beleid/clusters")
	String clusters(Model model, Locale locale) {
		model.addAttribute("clusters", table("beleid", "clusters", null, CLUSTERS, Map.of(), locale));
		return "dashboard/clusters";
	}

	@GetMapping("/dashboard/beleid/ideeen")
	String ideas(@RequestParam(required = false) String value, @RequestParam(required = false) String spearhead,
			@RequestParam(required = false) String status, Model model, Locale locale) {
		Map<String, String> filters = new java.util.HashMap<>();
		if (value != null && !value.isBlank()) {
			filters.put("value", value.strip());
		}
		if (spearhead != null && !spearhead.isBlank()) {
			filters.put("spearhead", spearhead.strip());
		}
		if (status != null && !status.isBlank()) {
			filters.put("status", status.strip());
		}
		model.addAttribute("filters", filters);
		model.addAttribute("statuses", List.of(nl.mijnstad.submission.IdeaStatus.values()));
		model.addAttribute("ideas", table("beleid", "ideas", null, IDEAS, filters, locale));
		return "dashboard/ideas";
	}

	@GetMapping("/dashboard/beleid/profiel")
	String profile(Model model, Locale locale) {
		model.addAttribute("values", table("beleid", "values", null, VALUES, Map.of(), locale));
		model.addAttribute("spearheads", table("beleid", "spearheads", "ranking", SPEARHEADS, Map.of(), locale));
		model.addAttribute("clusters", table("beleid", "clusters", null, CLUSTERS, Map.of(), locale));
		return "dashboard/profile";
	}

	@GetMapping("/dashboard/bereik")
	String reach(Model model, Locale locale) {
		model.addAttribute("coverage", table("bereik", "coverage", null, COVERAGE, Map.of(), locale));
		model.addAttribute("frontier", table("bereik", "frontier", null, FRONTIER, Map.of(), locale));
		return "dashboard/reach";
	}

	@GetMapping("/dashboard/bereik/netwerkkaart")
	String graph(Model model, Locale locale) {
		model.addAttribute("graph", table("bereik", "graph", "nodes", GRAPH, Map.of(), locale));
		return "dashboard/graph";
	}

	private FeedTable table(String area, String name, String rowsAt, List<FeedColumn> columns,
			Map<String, String> filters, Locale locale) {
		return this.feeds.table(area, name, rowsAt, columns, Caller.current(), filters, locale);
	}

}
