package nl.mijnstad.submission;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.mijnstad.security.Role;
import nl.mijnstad.security.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may submit and read gatherings; holders are further limited to their own networks in {@link Submissions}. */
@Configuration(proxyBeanMethods = false)
class SubmissionRoutes {

	@Bean
	RouteRules submissionRouteRules() {
		return routes -> routes.requestMatchers(POST, "/api/v1/networks/*/gatherings")
			.hasAnyRole(Role.ADMIN.name(), Role.NETWORK_HOLDER.name())
			.requestMatchers(GET, "/api/v1/gatherings/*").authenticated();
	}

}
