package nl.mijnstad.panel;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.mijnstad.security.Role;
import nl.mijnstad.security.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Only panel admins and admins reach the panel's API; the residents' pages have their own chain. */
@Configuration(proxyBeanMethods = false)
class PanelRoutes {

	@Bean
	RouteRules panelRouteRules() {
		String admin = Role.ADMIN.name();
		String panelAdmin = Role.PANEL_ADMIN.name();
		return routes -> routes.requestMatchers(POST, "/api/v1/people/*/consents").hasAnyRole(admin, panelAdmin)
			.requestMatchers(POST, "/api/v1/consultations", "/api/v1/consultations/*/selection/preview",
					"/api/v1/consultations/*/invitations", "/api/v1/panel/outbox/delivery")
			.hasAnyRole(admin, panelAdmin)
			.requestMatchers(GET, "/api/v1/consultations/*", "/api/v1/consultations/*/results")
			.hasAnyRole(admin, panelAdmin);
	}

}
