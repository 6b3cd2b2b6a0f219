package nl.mijnstad.ideas;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.mijnstad.security.Role;
import nl.mijnstad.security.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ideas box holds no personal data, so every role reads it; only holders (for their own networks, checked
 * in {@link Ideas}) and admins move an idea along.
 */
@Configuration(proxyBeanMethods = false)
class IdeaRoutes {

	@Bean
	RouteRules ideaRouteRules() {
		return routes -> routes
			.requestMatchers(GET, "/api/v1/ideas", "/api/v1/ideas/similar-pairs", "/api/v1/ideas/progress",
					"/api/v1/ideas/*", "/api/v1/ideas/*/similar")
			.authenticated()
			.requestMatchers(POST, "/api/v1/ideas/*/status")
			.hasAnyRole(Role.ADMIN.name(), Role.NETWORK_HOLDER.name());
	}

}
