package nl.mijnstad.imports;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.mijnstad.security.Role;
import nl.mijnstad.security.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may import: networks with members admins and connectors (who may add members to any network through the
 * API as well); gatherings admins and network holders, holders only for their own networks (checked per row).
 * The templates are public: they hold column names and made-up example rows only.
 */
@Configuration(proxyBeanMethods = false)
class ImportRoutes {

	@Bean
	RouteRules importRouteRules() {
		String admin = Role.ADMIN.name();
		return routes -> routes.requestMatchers(GET, "/api/v1/imports/templates/*").permitAll()
			.requestMatchers(POST, "/api/v1/imports/networks").hasAnyRole(admin, Role.CONNECTOR.name())
			.requestMatchers(POST, "/api/v1/imports/gatherings").hasAnyRole(admin, Role.NETWORK_HOLDER.name())
			.requestMatchers(GET, "/api/v1/imports/*").hasAnyRole(admin, Role.CONNECTOR.name(),
					Role.NETWORK_HOLDER.name());
	}

}
