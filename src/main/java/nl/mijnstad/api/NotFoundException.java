package nl.mijnstad.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The resource a request names does not exist (404). */
public class NotFoundException extends ErrorResponseException {

	public NotFoundException(String what, String id) {
		super(HttpStatus.NOT_FOUND, problem(what, id), null);
	}

	private static ProblemDetail problem(String what, String id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + what + " with id " + id);
		problem.setTitle("Not found");
		problem.setType(URI.create("https://mijnstad.nl/problems/not-found"));
		return problem;
	}

}
