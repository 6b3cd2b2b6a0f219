package nl.mijnstad.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Map;

import nl.mijnstad.api.ApiProblems;
import nl.mijnstad.api.ProblemWriter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call what. Every route has an explicit rule and anything unlisted is denied, so a new endpoint
 * is closed until someone decides who may use it. The API is stateless: bearer tokens, or HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String ADMIN = Role.ADMIN.name();

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain api(HttpSecurity http, TokenChecks tokens, ProblemWriter problems,
			ObjectProvider<RouteRules> rules, LoginThrottle throttle) throws Exception {
		// No securityMatcher: ordered last, this chain takes every request the page chains do not claim, so a
		// path that no chain names is still denied rather than served without security.
		// Stateless: the security context lives in the request only, so no session is ever made. Then there is
		// nothing to log out of, no request to save for after a login page, no session to manage or keep out of
		// URLs, and the servlet API's own login calls are not used: those filters (and the request and response
		// wrappers three of them add, through which every later call on the request passes) would only cost every
		// API request their time.
		http.csrf(csrf -> csrf.disable())
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(session -> session.disable())
			.servletApi(servletApi -> servletApi.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.realmName("Mijn Stad").authenticationEntryPoint(unauthorized(problems)))
			.exceptionHandling(handling -> handling
				.authenticationEntryPoint(unauthorized(problems))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, 403, "Forbidden",
						"Your role does not allow this")))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new ThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
			.headers(headers -> headers
				// Written before the request is handled rather than wrapping it to write them on commit: no API
				// answer sets headers of its own that these would have to give way to.
				.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
					@Override
					public <F extends HeaderWriterFilter> F postProcess(F filter) {
						filter.setShouldWriteHeadersEagerly(true);
						return filter;
					}
				})
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.authorizeHttpRequests(routes -> {
				rules.orderedStream().forEach(rule -> rule.authorize(routes));
				routes.anyRequest().denyAll();
			});
		return http.build();
	}

	/** 401 as a problem; but 503 when the account could not be looked up because the database is down. */
	private static AuthenticationEntryPoint unauthorized(ProblemWriter problems) {
		return (request, response, ex) -> {
			if (ApiProblems.databaseUnavailable(ex)) {
				problems.write(request, response, 503, "Service unavailable",
						"The database cannot be reached; nothing was changed. Try again shortly.",
						Map.of(HttpHeaders.RETRY_AFTER, ApiProblems.RETRY_AFTER_SECONDS));
				return;
			}
			problems.write(request, response, 401, "Unauthorized",
					"Authentication is required: a bearer token or HTTP Basic credentials",
					Map.of(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Mijn Stad\", Bearer"));
		};
	}

	/** The routes of this module, of operations and of the API documentation. */
	@Bean
	RouteRules accountRoutes() {
		return routes -> routes.requestMatchers("/error").permitAll()
			.requestMatchers(GET, "/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers("/actuator/**").hasRole(ADMIN)
			.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
			.requestMatchers(POST, "/api/v1/tokens").authenticated()
			.requestMatchers(DELETE, "/api/v1/tokens/current").authenticated()
			.requestMatchers(POST, "/api/v1/accounts").hasRole(ADMIN);
	}

	/**
	 * No observation around each security filter: the property that turns Spring Security's observations off
	 * leaves every filter wrapped in a no-op one, which cost a few per cent of each API request's time. The
	 * request itself is still observed (http.server.requests).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService accountDetailsService(AccountRepository accounts) {
		return username -> accounts.find(username)
			.map(account -> new AccountDetails(account.caller(), account.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
