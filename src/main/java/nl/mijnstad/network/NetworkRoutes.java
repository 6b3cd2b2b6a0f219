package nl.mijnstad.network;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.mijnstad.security.Role;
import nl.mijnstad.security.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may call the network routes; holders are further limited to their own networks in {@link Networks}. */
@Configuration(proxyBeanMethods = false)
class NetworkRoutes {

	@Bean
	RouteRules networkRouteRules() {
		String admin = Role.ADMIN.name();
		String connector = Role.CONNECTOR.name();
		String holder = Role.NETWORK_HOLDER.name();
		return routes -> routes.requestMatchers(POST, "/api/v1/networks").hasAnyRole(admin, connector, holder)
			.requestMatchers(GET, "/api/v1/networks", "/api/v1/networks/*").authenticated()
			.requestMatchers(POST, "/api/v1/networks/*/members").hasAnyRole(admin, connector, holder)
			.requestMatchers(GET, "/api/v1/networks/*/members").hasAnyRole(admin, holder);
	}

}
