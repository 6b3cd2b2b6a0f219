package nl.mijnstad.backup;

import static org.springframework.http.HttpMethod.POST;

import nl.mijnstad.security.Role;
import nl.mijnstad.security.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A backup holds every person's data, contact details included: admins only. */
@Configuration(proxyBeanMethods = false)
class BackupRoutes {

	@Bean
	RouteRules backupRouteRules() {
		return routes -> routes.requestMatchers(POST, "/api/v1/admin/backup").hasRole(Role.ADMIN.name());
	}

}
