package nl.mijnstad.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.mijnstad.security.LoginThrottle;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back the sign-in form as the API holds back HTTP Basic: an account or address with too many failed logins
 * is not even checked (so a guess cannot succeed meanwhile) and goes back to the form, which says to wait.
 */
final class FormLoginThrottle extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	FormLoginThrottle(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("POST".equals(request.getMethod()) && "/inloggen".equals(request.getServletPath())) {
			String username = String.valueOf(request.getParameter("username"));
			Optional<Duration> wait = this.throttle.blocked(username, request.getRemoteAddr());
			if (wait.isPresent()) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds()));
				response.sendRedirect(request.getContextPath() + "/inloggen?teveel");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
