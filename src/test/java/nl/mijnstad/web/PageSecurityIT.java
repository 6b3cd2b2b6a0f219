package nl.mijnstad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The pages' own security chain, over plain HTTP: sign-in with CSRF and a new session, what each role may open,
 * the security headers, the language switch, and text from a submission escaped on the page.
 */
class PageSecurityIT extends PageTest {

	/** A browser without a browser: cookies kept, redirects not followed. */
	final class Session {

		final CookieManager cookies = new CookieManager();

		final HttpClient http = HttpClient.newBuilder().cookieHandler(this.cookies).build();

		HttpResponse<String> get(String path) {
			return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
		}

		/** As the dashboards' scripts fetch their figures. */
		HttpResponse<String> fetch(String path) {
			return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build());
		}

		HttpResponse<String> post(String path, String form) {
			return send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build());
		}

		String sessionId() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(c -> c.getName().equals("JSESSIONID"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		/** Signs in through the form, with the CSRF token the form carries. */
		HttpResponse<String> signIn(Account account) {
			String token = csrf(get("/inloggen").body());
			return post("/inloggen", "username=" + enc(account.username()) + "&password=" + enc(account.password())
					+ "&_csrf=" + enc(token));
		}

		private HttpResponse<String> send(HttpRequest request) {
			try {
				return this.http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static String csrf(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
		return matcher.group(1);
	}

	@Test
	void signingInNeedsTheFormsTokenAndStartsANewSession() {
		Account holder = account("NETWORK_HOLDER");
		Session session = new Session();
		assertThat(session.get("/").statusCode()).isEqualTo(302);
		String before = session.sessionId();

		HttpResponse<String> withoutToken = session.post("/inloggen",
				"username=" + enc(holder.username()) + "&password=" + enc(holder.password()));
		assertThat(withoutToken.statusCode()).isEqualTo(403);

		HttpResponse<String> signedIn = session.signIn(holder);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(URI.create(signedIn.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo("/");
		assertThat(session.sessionId()).isNotNull().isNotEqualTo(before);
		assertThat(session.get("/").statusCode()).isEqualTo(200);

		Session wrong = new Session();
		HttpResponse<String> refused = wrong.signIn(new Account(holder.username(), "not-the-password"));
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/inloggen?fout");
	}

	@Test
	void guessingAPasswordThroughTheFormIsHeldBackEvenForTheRightOne() {
		Account holder = account("NETWORK_HOLDER");
		Session session = new Session();
		for (int attempt = 0; attempt < 10; attempt++) {
			HttpResponse<String> wrong = session.signIn(new Account(holder.username(), "guess-" + attempt));
			assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/inloggen?fout");
		}
		HttpResponse<String> right = session.signIn(holder);
		assertThat(right.statusCode()).isEqualTo(302);
		assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/inloggen?teveel");
		assertThat(right.headers().firstValue("Retry-After")).isPresent();
		assertThat(session.get("/").statusCode()).as("not signed in").isEqualTo(302);
		assertThat(session.get("/inloggen?teveel").body()).contains("te vaak een verkeerd wachtwoord");
	}

	@Test
	void pagesCarryStrictSecurityHeaders() {
		HttpResponse<String> login = new Session().get("/inloggen");
		assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void eachRoleOpensOnlyItsOwnPages() {
		String network = api().network("SPORT");
		Session holder = new Session();
		holder.signIn(account("NETWORK_HOLDER", network));
		Session policymaker = new Session();
		policymaker.signIn(account("POLICYMAKER"));
		Session connector = new Session();
		connector.signIn(account("CONNECTOR"));

		assertThat(holder.get("/bijeenkomsten").statusCode()).isEqualTo(200);
		assertThat(holder.get("/dashboard/beleid").statusCode()).isEqualTo(403);
		assertThat(holder.fetch("/dashboard/data/bereik/graph").statusCode()).isEqualTo(403);
		assertThat(connector.fetch("/dashboard/data/beleid/values").statusCode()).isEqualTo(403);
		assertThat(policymaker.get("/bijeenkomsten").statusCode()).isEqualTo(403);
		assertThat(policymaker.get("/bijeenkomsten/nieuw?netwerk=" + network).statusCode()).isEqualTo(403);
		assertThat(policymaker.get("/dashboard/beleid").statusCode()).isEqualTo(200);
		assertThat(policymaker.get("/dashboard/bereik").statusCode()).isEqualTo(403);
		assertThat(connector.get("/dashboard/bereik").statusCode()).isEqualTo(200);
		assertThat(connector.get("/dashboard/beleid/ideeen").statusCode()).isEqualTo(403);
		HttpResponse<String> graph = connector.fetch("/dashboard/data/bereik/graph");
		assertThat(graph.statusCode()).isEqualTo(200);
		assertThat(graph.body()).contains("\"nodes\"").doesNotContain("displayName").doesNotContain("email");

		// Another holder's network reads as not there; the session is no key to the API.
		Session other = new Session();
		other.signIn(account("NETWORK_HOLDER"));
		assertThat(other.get("/netwerken/" + network).statusCode()).isEqualTo(404);
		assertThat(other.get("/bijeenkomsten/nieuw?netwerk=" + network).statusCode()).isEqualTo(404);
		assertThat(holder.get("/api/v1/networks/" + network).statusCode()).isEqualTo(401);
	}

	@Test
	void aDashboardFilterTheServiceRefusesIsSaidNotFailed() {
		Session policymaker = new Session();
		policymaker.signIn(account("POLICYMAKER"));
		HttpResponse<String> page = policymaker.get("/dashboard/beleid/ideeen?status=SOMS");
		assertThat(page.statusCode()).isEqualTo(422);
		assertThat(page.body()).contains("id=\"error-summary\"").contains("id=\"filter-status-error\"")
			.contains("aria-invalid=\"true\"");
		HttpResponse<String> figures = policymaker.fetch("/dashboard/data/beleid/ideas?status=SOMS");
		assertThat(figures.statusCode()).isEqualTo(422);
		assertThat(figures.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(figures.body()).contains("\"field\":\"status\"");
	}

	@Test
	void dutchByDefaultEnglishOnRequestAndRemembered() {
		Session session = new Session();
		assertThat(session.get("/inloggen").body()).contains("<html lang=\"nl\"").contains("Inloggen");
		assertThat(session.get("/inloggen?lang=en").body()).contains("<html lang=\"en\"").contains("Sign in");
		assertThat(session.get("/inloggen").body()).as("the choice is kept").contains("<html lang=\"en\"");
		assertThat(session.get("/inloggen?lang=de").body()).as("only Dutch and English").contains("<html lang=\"nl\"");
	}

	@Test
	void submittedTextIsEscapedOnThePage() {
		String network = api().network("CULTURE");
		Account holder = account("NETWORK_HOLDER", network);
		String gathering = gathering(network, holder, "<script>alert('waarde')</script>", "<b>Meer</b> groen");
		Session session = new Session();
		session.signIn(holder);
		String page = session.get("/bijeenkomsten/" + gathering).body();
		assertThat(page).contains("&lt;script&gt;alert(&#39;waarde&#39;)&lt;/script&gt;").contains("&lt;b&gt;Meer&lt;/b&gt; groen")
			.doesNotContain("<script>alert").doesNotContain("<b>Meer</b>");
	}

}
