package nl.mijnstad.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A well-formed request whose content cannot be accepted (422), naming each bad field. */
public class InvalidRequestException extends ErrorResponseException {

	public InvalidRequestException(List<FieldProblem> errors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(errors), null);
	}

	public InvalidRequestException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	static ProblemDetail problem(List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
						: errors.size() + " fields are invalid");
		problem.setTitle("Invalid request");
		problem.setType(URI.create("https://mijnstad.nl/problems/invalid-request"));
		problem.setProperty("errors", List.copyOf(errors));
		return problem;
	}

	/** Collects field problems while a request is checked, so that all of them are reported at once. */
	public static final class Collector {

		private final java.util.ArrayList<FieldProblem> errors = new java.util.ArrayList<>();

		public void add(String field, String message) {
			this.errors.add(new FieldProblem(field, message));
		}

		public boolean isEmpty() {
			return this.errors.isEmpty();
		}

		public void throwIfAny() {
			if (!this.errors.isEmpty()) {
				throw new InvalidRequestException(List.copyOf(this.errors));
			}
		}

	}

}
