package nl.mijnstad.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.mijnstad.api.ProblemWriter;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses HTTP Basic attempts for an account or from an address that {@link LoginThrottle} holds back. */
class ThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final ProblemWriter problems;

	ThrottleFilter(LoginThrottle throttle, ProblemWriter problems) {
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			Optional<Duration> wait = this.throttle.blocked(username(header.substring(6).strip()),
					request.getRemoteAddr());
			if (wait.isPresent()) {
				this.problems.write(request, response, 429, "Too many failed logins",
						"Too many failed logins for this account or from this address; try again later",
						Map.of(HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds())));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static String username(String encoded) {
		try {
			String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? decoded : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

}
