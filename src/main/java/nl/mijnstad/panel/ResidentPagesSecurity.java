package nl.mijnstad.panel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security for the residents' token pages, which the API's chain does not match (it covers only {@code /api/**},
 * actuator, docs and {@code /error}). The pages need no login: the unguessable token in the address (256 random
 * bits, stored only hashed) is the credential. Unlike the stateless API they are posted from a browser form, so
 * they keep Spring Security's CSRF protection (a session-held token in a hidden field) and its default security
 * headers. Ordered first so that a broader chain added later (e.g. the web UI's login) cannot take these paths.
 */
@Configuration(proxyBeanMethods = false)
class ResidentPagesSecurity {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain residentPagesSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/r/**", "/o/**")
			.authorizeHttpRequests(routes -> routes.anyRequest().permitAll())
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> {
			});
		return http.build();
	}

}
