package nl.mijnstad.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The request conflicts with what the graph already holds (409). */
public class ConflictException extends ErrorResponseException {

	public ConflictException(String field, String detail) {
		super(HttpStatus.CONFLICT, problem(field, detail), null);
	}

	private static ProblemDetail problem(String field, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle("Conflict");
		problem.setType(URI.create("https://mijnstad.nl/problems/conflict"));
		if (field != null) {
			problem.setProperty("errors", java.util.List.of(new FieldProblem(field, detail)));
		}
		return problem;
	}

}
