package nl.mijnstad.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.mijnstad.api.ProblemWriter;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a request that the firewall refuses (an encoded slash, a {@code ..} segment, a line break or a
 * non-printable character in the path) with 400 as problem+json, like every other bad request, instead of the
 * servlet container's error page.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

	private final ProblemWriter problems;

	RejectedRequests(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException {
		this.problems.write(request, response, 400, "Malformed request",
				"The request's path or headers contain characters or segments that are not allowed");
	}

}
