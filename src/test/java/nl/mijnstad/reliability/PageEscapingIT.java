package nl.mijnstad.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;

/**
 * Text that clients store through the API (a network's name and description, a value's wording, a spearhead's
 * title, an idea's title) comes back in the Dutch pages as text: escaped, never as markup that a browser would
 * run. The network's and the gathering's pages are fetched as admin, signed in through the form.
 */
class PageEscapingIT extends IntegrationTest {

	/** Markup that would run if a page wrote it out as it is; each one unique to this test. */
	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	private final List<String> hostile = List.of("<script>alert('netwerk-" + this.tag + "')</script>",
			"<img src=x onerror=alert('beschrijving-" + this.tag + "')>", "<script>alert('waarde-" + this.tag + "')</script>",
			"\"><svg onload=alert('speerpunt-" + this.tag + "')>", "<script>alert('idee-" + this.tag + "')</script>",
			"<iframe src=javascript:alert('toelichting-" + this.tag + "')>");

	@Test
	void storedMarkupComesBackEscapedInEveryPageThatShowsIt() {
		Answer network = api().post("/api/v1/networks", api().admin(), Map.of("name", "Club " + this.hostile.get(0),
				"kind", "HOBBY", "description", this.hostile.get(1), "districts", List.of("WK079601")));
		assertThat(network.status()).as(network.text()).isEqualTo(201);
		Answer gathering = api().post("/api/v1/networks/" + network.id() + "/gatherings", api().admin(),
				Map.of("heldOn", "2017-01-03", "participants", 12, "values", List.of("groen " + this.hostile.get(2)),
						"spearheads", List.of(Map.of("title", "Meer groen " + this.hostile.get(3), "values",
								List.of("groen " + this.hostile.get(2)), "ideas", List.of(Map.of("title",
										"Buurtakker " + this.hostile.get(4), "description", this.hostile.get(5),
										"status", "RUNNING"))))));
		assertThat(gathering.status()).as(gathering.text()).isEqualTo(201);

		Session admin = new Session();
		admin.signIn("admin", ADMIN_PASSWORD);
		String networkPage = admin.page("/netwerken/" + network.id());
		String gatheringPage = admin.page("/bijeenkomsten/" + gathering.id());

		assertEscaped(networkPage, this.hostile.get(0), this.hostile.get(1));
		assertEscaped(gatheringPage, this.hostile.get(2), this.hostile.get(3), this.hostile.get(4));
	}

	/** The page shows each text, escaped, and no unescaped trace of its markup. */
	private void assertEscaped(String page, String... texts) {
		for (String text : texts) {
			assertThat(page).as("the page shows the text").contains(escaped(text));
			assertThat(page).as("the page never writes the markup out").doesNotContain(text)
				.doesNotContain(text.substring(0, text.indexOf('(')));
		}
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	/** A browser-like session: cookies kept, signed in through the login form with its CSRF token. */
	private final class Session {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		void signIn(String username, String password) {
			Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page("/inloggen"));
			assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
			HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/inloggen"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)
						+ "&_csrf=" + encode(token.group(1))))
				.build());
			assertThat(signedIn.headers().firstValue("Location")).as("signed in").hasValueSatisfying(
					location -> assertThat(location).doesNotContain("fout"));
		}

		String page(String path) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return response.body();
		}

		private HttpResponse<String> send(HttpRequest request) {
			try {
				return this.http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + PageEscapingIT.this.port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
