package nl.mijnstad.vocabulary;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.mijnstad.security.Role;
import nl.mijnstad.security.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Merges and suggestions are for admins; the merge log is also for policymakers (without who merged). */
@Configuration(proxyBeanMethods = false)
class VocabularyRoutes {

	@Bean
	RouteRules vocabularyRouteRules() {
		String admin = Role.ADMIN.name();
		return routes -> routes
			.requestMatchers(POST, "/api/v1/vocabulary/values/*/merge-into/*",
					"/api/v1/vocabulary/spearheads/*/merge-into/*")
			.hasRole(admin)
			.requestMatchers(GET, "/api/v1/vocabulary/merges")
			.hasAnyRole(admin, Role.POLICYMAKER.name())
			.requestMatchers(GET, "/api/v1/vocabulary/values/suggestions", "/api/v1/vocabulary/spearheads/suggestions")
			.hasRole(admin);
	}

}
