package nl.mijnstad.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A feature's rules for who may call its HTTP routes. Each feature declares its own as a bean; whatever no
 * rule covers is denied, so a new endpoint stays closed until its feature says who may use it.
 */
@FunctionalInterface
public interface RouteRules {

	void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);

}
