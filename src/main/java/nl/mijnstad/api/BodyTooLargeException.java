package nl.mijnstad.api;

/** Raised while reading a request body that exceeds the limit; answered with 413. */
class BodyTooLargeException extends RuntimeException {

	BodyTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes");
	}

}
