package nl.mijnstad.web.panel;

import nl.mijnstad.web.PageSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Security for the residents' token pages. They need no login: the unguessable token in the address (256 random
 * bits, stored only hashed) is the credential. They are posted from a browser form, so they keep Spring
 * Security's CSRF protection (a session-held token in a hidden field), and they get the pages' content security
 * policy; the referrer policy is {@code no-referrer}, so the token never leaves in a Referer header. Ordered
 * before the pages' chain, whose login these paths must never ask for.
 */
@Configuration(proxyBeanMethods = false)
class ResidentPagesSecurity implements WebMvcConfigurer {

	static final String[] PATHS = { "/r/**", "/o/**" };

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain residentPagesSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PATHS)
			.authorizeHttpRequests(routes -> routes.anyRequest().permitAll())
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> {
			})
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(PageSecurity.CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/** {@code ?lang=en} switches these pages too (the pages' own switch covers only the pages' paths). */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change).addPathPatterns(PATHS);
	}

}
