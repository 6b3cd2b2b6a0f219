package nl.mijnstad.panel;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import nl.mijnstad.TestMail;

/** What residents do in tests: read their mail, open their personal link in a browser, post its form. */
public final class Residents {

	static final Pattern ANSWER_LINK = Pattern.compile("(https?://[^\\s/]+)/r/([A-Za-z0-9_-]{43})");

	static final Pattern OPT_OUT_LINK = Pattern.compile("(https?://[^\\s/]+)/o/([A-Za-z0-9_-]{43})");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private Residents() {
	}

	/** The bodies of the mails this address received. */
	public static List<String> mails(String email) {
		List<String> bodies = new ArrayList<>();
		try {
			for (MimeMessage message : TestMail.server().getReceivedMessagesForDomain(email)) {
				bodies.add(message.getSubject() + "\n" + message.getContent());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return bodies;
	}

	/** The token of the newest answer link this address received, or null. */
	public static String token(String email) {
		String token = null;
		for (String body : mails(email)) {
			Matcher matcher = ANSWER_LINK.matcher(body);
			if (matcher.find()) {
				token = matcher.group(2);
			}
		}
		return token;
	}

	/** A browser with its own cookies (the CSRF token lives in the session). */
	static final class Browser {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		private final int port;

		Browser(int port) {
			this.port = port;
		}

		HttpResponse<String> get(String path) {
			return send(HttpRequest.newBuilder(uri(path)).GET().build());
		}

		/** Opens the page and submits its form with these fields. */
		HttpResponse<String> submit(String path, String... fields) {
			HttpResponse<String> page = get(path);
			Matcher csrf = CSRF.matcher(page.body());
			StringBuilder form = new StringBuilder(csrf.find() ? "_csrf=" + encode(csrf.group(1)) : "");
			for (int i = 0; i < fields.length; i += 2) {
				form.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
			}
			return post(path, form.toString());
		}

		HttpResponse<String> post(String path, String form) {
			return send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

		private HttpResponse<String> send(HttpRequest request) {
			try {
				return this.http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static String encode(String text) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8);
		}

	}

}
