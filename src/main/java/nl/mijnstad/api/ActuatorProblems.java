package nl.mijnstad.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Gives the actuator's bodiless errors a problem body. Asked for a metric it does not have (or a tag no meter
 * carries), the actuator answers 404 with nothing in it, where every other error of the service says what was
 * wrong as problem+json. Only the admin's actuator requests are buffered to find out; they are few and small.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class ActuatorProblems extends OncePerRequestFilter {

	private final ProblemWriter problems;

	ActuatorProblems(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, answer);
		HttpStatus status = HttpStatus.resolve(answer.getStatus());
		if (status != null && status.isError() && answer.getContentSize() == 0 && !response.isCommitted()) {
			this.problems.write(request, response, status.value(), status.getReasonPhrase(), detail(status));
			return;
		}
		answer.copyBodyToResponse();
	}

	private static String detail(HttpStatus status) {
		return status == HttpStatus.NOT_FOUND ? "There is nothing at this address: no such endpoint, metric or tag"
				: "The request could not be answered";
	}

}
