package nl.mijnstad.web;

import nl.mijnstad.analytics.agenda.Agenda;
import nl.mijnstad.ideas.Ideas;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policymaker's dashboard figures ({@code beleid}), read from the agenda analytics and the ideas box as their
 * API serves them: aggregates over networks and gatherings, never a person. They live here, in the web module,
 * so that the pages depend on the features and no feature knows of the pages.
 */
@Configuration(proxyBeanMethods = false)
class PolicyFeeds {

	static final String AREA = "beleid";

	/** Ideas on one page of the ideas box. */
	static final String IDEAS_PER_PAGE = "50";

	@Bean
	DashboardFeed sharedValuesFeed(Agenda agenda) {
		return DashboardFeed.of(AREA, "values", (caller, filters) -> agenda.values(null, null, null, null));
	}

	/** The collective ranking by {@code method} (schulze, the default, or borda). */
	@Bean
	DashboardFeed spearheadRankingFeed(Agenda agenda) {
		return DashboardFeed.of(AREA, "spearheads",
				(caller, filters) -> agenda.spearheads(null, filters.get("method"), false));
	}

	@Bean
	DashboardFeed clustersFeed(Agenda agenda) {
		return DashboardFeed.of(AREA, "clusters", (caller, filters) -> agenda.clusters());
	}

	@Bean
	DashboardFeed cityProfileFeed(Agenda agenda) {
		return DashboardFeed.of(AREA, "profile", (caller, filters) -> agenda.profile());
	}

	/** The ideas box, filtered by value, spearhead and status; the service checks the filters. */
	@Bean
	DashboardFeed ideasFeed(Ideas ideas) {
		return DashboardFeed.of(AREA, "ideas", (caller, filters) -> ideas.list(new Ideas.Query(filters.get("value"),
				filters.get("spearhead"), filters.get("status"), null, null, null, filters.get("page"), IDEAS_PER_PAGE)));
	}

}
