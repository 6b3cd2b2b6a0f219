package nl.mijnstad.analytics.agenda;

import static org.springframework.http.HttpMethod.GET;

import nl.mijnstad.security.Role;
import nl.mijnstad.security.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may read the agenda: every role, since the agenda holds aggregates over networks and gatherings and no person's
 * id, name or contact (the integration tests check that).
 */
@Configuration(proxyBeanMethods = false)
class AgendaRoutes {

	@Bean
	RouteRules agendaRouteRules() {
		return routes -> routes
			.requestMatchers(GET, "/api/v1/analytics/values", "/api/v1/analytics/spearheads",
					"/api/v1/analytics/clusters", "/api/v1/analytics/profile")
			.hasAnyRole(Role.ADMIN.name(), Role.POLICYMAKER.name(), Role.CONNECTOR.name(), Role.PANEL_ADMIN.name(),
					Role.NETWORK_HOLDER.name());
	}

}
