package nl.mijnstad.network;

import static org.springframework.http.HttpMethod.POST;

import nl.mijnstad.security.Role;
import nl.mijnstad.security.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Relations between networks and connectors are recorded by connectors and admins. */
@Configuration(proxyBeanMethods = false)
class NetworkRelationRoutes {

	@Bean
	RouteRules networkRelationRouteRules() {
		return routes -> routes.requestMatchers(POST, "/api/v1/networks/*/relations", "/api/v1/networks/*/connectors")
			.hasAnyRole(Role.ADMIN.name(), Role.CONNECTOR.name());
	}

}
