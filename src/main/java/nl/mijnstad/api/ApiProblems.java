package nl.mijnstad.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import nl.mijnstad.graph.DatabaseConflicts;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error a client can cause into problem+json: malformed JSON and wrong types 400 (naming the
 * field where Jackson knows it), invalid fields 422 with the full list, oversized bodies 413, and a database
 * that cannot be reached, or conflicts that outlasted their retries, 503 with {@code Retry-After}.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return invalid(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> errors.add(new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage()))));
		return invalid(errors);
	}

	private static ResponseEntity<Object> invalid(List<FieldProblem> errors) {
		ProblemDetail problem = InvalidRequestException.problem(errors);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return handleBodyTooLarge(tooLarge);
			}
			cause = cause.getCause();
		}
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Malformed request");
		problem.setType(URI.create("https://mijnstad.nl/problems/malformed-request"));
		if (ex.getCause() instanceof JacksonException json) {
			String field = path(json);
			String reason = json instanceof UnrecognizedPropertyException ? "unknown field"
					: PlainText.REASON.equals(json.getOriginalMessage()) ? PlainText.REASON
							: "not readable as the expected type";
			problem.setDetail(field.isEmpty() ? "The body is not valid JSON: " + json.getOriginalMessage()
					: field + ": " + reason);
			if (!field.isEmpty()) {
				problem.setProperty("errors", List.of(new FieldProblem(field, reason)));
			}
		}
		else {
			problem.setDetail("The request body is missing or not readable");
		}
		return ResponseEntity.badRequest().body(problem);
	}

	private static String path(JacksonException json) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : json.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	@ExceptionHandler(BodyTooLargeException.class)
	ResponseEntity<Object> handleBodyTooLarge(BodyTooLargeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
		problem.setTitle("Payload too large");
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	/**
	 * The database is down or unreachable: the request changed nothing and may be retried. Health reports
	 * DOWN at the same time; the driver reconnects by itself when the database is back.
	 */
	@ExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class,
			TransientDataAccessResourceException.class, DataAccessResourceFailureException.class,
			CannotCreateTransactionException.class })
	ResponseEntity<Object> handleDatabaseUnavailable(Exception ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(unavailable(ex));
	}

	/**
	 * A commit that failed: the transaction manager wraps the driver's error, so look at the cause; anything
	 * else stays the fault it is.
	 */
	@ExceptionHandler(TransactionSystemException.class)
	ResponseEntity<Object> handleFailedCommit(TransactionSystemException ex) {
		if (!databaseUnavailable(ex)) {
			throw ex;
		}
		return handleDatabaseUnavailable(ex);
	}

	public static final String RETRY_AFTER_SECONDS = "5";

	/** The detail says which it was: other writers in the way (retried already) or a database out of reach. */
	static ProblemDetail unavailable(Throwable failure) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail(failure));
		problem.setTitle("Service unavailable");
		return problem;
	}

	static String detail(Throwable failure) {
		return DatabaseConflicts.isConflict(failure)
				? "The database was busy with conflicting changes by other requests, also after retrying; nothing was "
						+ "changed. Try again shortly."
				: "The database cannot be reached; nothing was changed. Try again shortly.";
	}

	/** Whether this failure means the database cannot be reached, rather than a fault in a request. */
	public static boolean databaseUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof TransientException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof CannotCreateTransactionException) {
				return true;
			}
		}
		return false;
	}

}
