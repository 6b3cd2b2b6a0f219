package nl.mijnstad.api;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} when the database cannot be reached before a request reaches a
 * controller (a token check, a login), where the controller advice does not apply: a client then knows to retry,
 * and never sees a 500 for an outage.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutage extends OncePerRequestFilter {

	private final ProblemWriter problems;

	DatabaseOutage(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!ApiProblems.databaseUnavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			this.problems.write(request, response, 503, "Service unavailable", ApiProblems.detail(ex),
					Map.of(HttpHeaders.RETRY_AFTER, ApiProblems.RETRY_AFTER_SECONDS));
		}
	}

}
