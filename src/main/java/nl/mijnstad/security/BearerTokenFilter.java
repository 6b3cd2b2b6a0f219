package nl.mijnstad.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.mijnstad.api.ProblemWriter;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <token>} requests; an unknown or expired token gets 401. */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final TokenChecks tokens;

	private final ProblemWriter problems;

	BearerTokenFilter(TokenChecks tokens, ProblemWriter problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		String token = header.substring(PREFIX.length()).strip();
		var account = token.isEmpty() || token.length() > 200 ? java.util.Optional.<AccountDetails>empty()
				: this.tokens.check(token);
		if (account.isEmpty()) {
			this.problems.write(request, response, 401, "Unauthorized", "The token is unknown, expired or revoked",
					java.util.Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""));
			return;
		}
		AccountDetails details = account.get();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.setAttribute(TOKEN_ATTRIBUTE, token);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static final String TOKEN_ATTRIBUTE = BearerTokenFilter.class.getName() + ".token";

}
