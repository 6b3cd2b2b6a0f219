package nl.mijnstad.web;

import nl.mijnstad.analytics.reach.Reach;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connector's dashboard figures ({@code bereik}), read from the reach analysis. The caller is passed on, so
 * the reach service itself decides who sees numbers below k and the names of introducers and brokers.
 */
@Configuration(proxyBeanMethods = false)
class ReachFeeds {

	static final String AREA = "bereik";

	/** Frontier networks listed, best first; the page says how many there are in all. */
	static final int FRONTIER_SHOWN = 25;

	static final int BROKERS_SHOWN = 15;

	/** The map draws at most this many networks, the largest; its table says how many there are. */
	static final int MAP_NETWORKS = 400;

	@Bean
	DashboardFeed coverageFeed(Reach reach) {
		return DashboardFeed.of(AREA, "coverage", (caller, filters) -> reach.coverage(null, caller));
	}

	@Bean
	DashboardFeed frontierFeed(Reach reach) {
		return DashboardFeed.of(AREA, "frontier", (caller, filters) -> reach.frontier(FRONTIER_SHOWN, caller));
	}

	@Bean
	DashboardFeed brokersFeed(Reach reach) {
		return DashboardFeed.of(AREA, "brokers", (caller, filters) -> reach.brokers(BROKERS_SHOWN, caller));
	}

	@Bean
	DashboardFeed networkMapFeed(Reach reach) {
		return DashboardFeed.of(AREA, "graph", (caller, filters) -> reach.networkMap(MAP_NETWORKS));
	}

}
