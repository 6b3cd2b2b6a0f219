package nl.mijnstad.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;

import nl.mijnstad.Api;
import nl.mijnstad.Api.Answer;

/**
 * One generated request: any method, any bytes, any content type, sent as they are (the test client does not
 * parse what comes back, since a hostile request may get anything).
 */
record HostileRequest(String method, String path, byte[] body, String contentType, Function<Api, String> auth,
		String description) {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

	Answer send(Api api) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + this.path))
			.timeout(Duration.ofMinutes(2))
			.method(this.method, this.body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(this.body));
		if (this.contentType != null) {
			request.header("Content-Type", this.contentType);
		}
		String authorization = this.auth.apply(api);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers(), response.body(), null);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(this.method + " " + this.path + " [" + this.description + "]", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
