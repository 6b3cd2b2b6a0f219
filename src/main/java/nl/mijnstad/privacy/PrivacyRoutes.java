package nl.mijnstad.privacy;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;

import nl.mijnstad.security.Role;
import nl.mijnstad.security.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Privacy requests and the audit log are for admins only. */
@Configuration(proxyBeanMethods = false)
class PrivacyRoutes {

	@Bean
	RouteRules privacyRouteRules() {
		String admin = Role.ADMIN.name();
		return routes -> routes.requestMatchers(GET, "/api/v1/people/*/export", "/api/v1/audit")
			.hasRole(admin)
			.requestMatchers(DELETE, "/api/v1/people/*")
			.hasRole(admin);
	}

}
