package nl.mijnstad.analytics.reach;

import static org.springframework.http.HttpMethod.GET;

import nl.mijnstad.security.Role;
import nl.mijnstad.security.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may read reach: aggregates (coverage with small cells suppressed, overlaps, exports) for connectors,
 * admins and policymakers; the frontier and brokers, which name people, for connectors and admins only.
 */
@Configuration(proxyBeanMethods = false)
class ReachRoutes {

	@Bean
	RouteRules reachRouteRules() {
		String admin = Role.ADMIN.name();
		String connector = Role.CONNECTOR.name();
		String policymaker = Role.POLICYMAKER.name();
		return routes -> routes
			.requestMatchers(GET, "/api/v1/analytics/coverage", "/api/v1/analytics/overlaps",
					"/api/v1/analytics/overlaps/values", "/api/v1/export/graph.graphml", "/api/v1/export/graph.gexf",
					"/api/v1/export/graph.csv")
			.hasAnyRole(admin, connector, policymaker)
			.requestMatchers(GET, "/api/v1/analytics/frontier", "/api/v1/analytics/brokers").hasAnyRole(admin, connector);
	}

}
