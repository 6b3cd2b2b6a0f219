package nl.mijnstad.opendata;

import static org.springframework.http.HttpMethod.GET;

import nl.mijnstad.security.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The open data is public, without an account: the issue asks that anyone can download it, and what it holds is
 * what a policymaker may see (aggregates, no personal data, groups under k suppressed). It is built once per
 * analytics snapshot, so an anonymous download costs a copy of bytes, not a computation.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataRoutes {

	@Bean
	RouteRules openDataRouteRules() {
		return routes -> routes.requestMatchers(GET, "/api/v1/export/opendata.zip").permitAll();
	}

}
