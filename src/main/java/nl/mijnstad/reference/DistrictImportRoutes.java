package nl.mijnstad.reference;

import static org.springframework.http.HttpMethod.POST;

import nl.mijnstad.security.Role;
import nl.mijnstad.security.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Only admins load reference data. */
@Configuration(proxyBeanMethods = false)
class DistrictImportRoutes {

	@Bean
	RouteRules districtImportRouteRules() {
		return routes -> routes.requestMatchers(POST, "/api/v1/reference/districts").hasRole(Role.ADMIN.name());
	}

}
