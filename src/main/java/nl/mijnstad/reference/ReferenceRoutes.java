package nl.mijnstad.reference;

import static org.springframework.http.HttpMethod.GET;

import nl.mijnstad.security.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reference data is readable by every account. */
@Configuration(proxyBeanMethods = false)
class ReferenceRoutes {

	@Bean
	RouteRules referenceRouteRules() {
		return routes -> routes.requestMatchers(GET, "/api/v1/reference/districts").authenticated();
	}

}
