package nl.mijnstad.web;

import nl.mijnstad.security.LoginThrottle;
import nl.mijnstad.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open which page. The pages have their own chain, consulted before the API's: a session from the
 * login form, CSRF tokens on every form, strict security headers. Like the API, anything not listed here is
 * denied, and the API chain keeps {@code /api/**}: a page never reaches the API over HTTP.
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurity {

	/** Every path the pages use; everything else falls through to the API chain. */
	static final String[] PAGE_PATHS = { "/", "/inloggen", "/uitloggen", "/netwerken", "/netwerken/**",
			"/bijeenkomsten", "/bijeenkomsten/**", "/dashboard/**", "/css/**", "/js/**", "/webjars/**",
			"/favicon.svg",
			// panel pages
			"/burgerpanel", "/burgerpanel/**" };

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain pages(HttpSecurity http, SessionAccounts sessions, LoginThrottle throttle) throws Exception {
		String admin = Role.ADMIN.name();
		String holder = Role.NETWORK_HOLDER.name();
		String connector = Role.CONNECTOR.name();
		String policymaker = Role.POLICYMAKER.name();
		http.securityMatcher(PAGE_PATHS)
			.authorizeHttpRequests(routes -> routes
				.requestMatchers("/inloggen", "/css/**", "/js/**", "/webjars/**", "/favicon.svg").permitAll()
				.requestMatchers("/netwerken", "/netwerken/**", "/bijeenkomsten", "/bijeenkomsten/**")
				.hasAnyRole(holder, admin)
				.requestMatchers("/dashboard/beleid", "/dashboard/beleid/**", "/dashboard/data/beleid/**")
				.hasAnyRole(policymaker, admin)
				.requestMatchers("/dashboard/bereik", "/dashboard/bereik/**", "/dashboard/data/bereik/**")
				.hasAnyRole(connector, admin)
				// panel pages
				.requestMatchers("/burgerpanel", "/burgerpanel/**").hasAnyRole(Role.PANEL_ADMIN.name(), admin)
				.requestMatchers("/").authenticated()
				.anyRequest().denyAll())
			.formLogin(login -> login.loginPage("/inloggen")
				.loginProcessingUrl("/inloggen")
				.failureUrl("/inloggen?fout")
				.defaultSuccessUrl("/", false)
				.permitAll())
			.addFilterBefore(new FormLoginThrottle(throttle), UsernamePasswordAuthenticationFilter.class)
			.logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd"))
			.securityContext(context -> context.securityContextRepository(sessions.repository()))
			// A new session on login, with the saved request carried over, so a session id known before login is worthless.
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

}
