package nl.mijnstad.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The caller is known but may not do this (403), e.g. a holder submitting for another network. */
public class ForbiddenException extends ErrorResponseException {

	public ForbiddenException(String detail) {
		super(HttpStatus.FORBIDDEN, problem(detail), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
		problem.setTitle("Forbidden");
		problem.setType(URI.create("https://mijnstad.nl/problems/forbidden"));
		return problem;
	}

}
