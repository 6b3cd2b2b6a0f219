package nl.mijnstad.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.mijnstad.Api;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.AfterAll;

/** What the page tests share: a browser, accounts whose passwords they know, and data made through the API. */
abstract class PageTest extends IntegrationTest {

	/** One browser for the test class, started when a test first needs it. */
	private static Browser browser;

	protected Browser browser() {
		if (browser == null) {
			browser = new Browser(this.port, true);
		}
		return browser;
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	/** An account to sign in with. */
	record Account(String username, String password) {

		String basic() {
			return Api.basic(this.username, this.password);
		}

	}

	protected Account account(String role, String... networks) {
		String username = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "wachtwoord-" + UUID.randomUUID();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("password", password);
		body.put("roles", List.of(role));
		body.put("networks", List.of(networks));
		Api.Answer answer = api().post("/api/v1/accounts", api().admin(), body);
		if (answer.status() != 201) {
			throw new IllegalStateException("Could not create account: " + answer.text());
		}
		return new Account(username, password);
	}

	/** A gathering submitted through the API for a network, returning its id. */
	protected String gathering(String network, Account holder, String value, String spearhead) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("heldOn", "2017-01-03");
		body.put("participants", 12);
		body.put("values", List.of(value, "ontmoeting"));
		body.put("spearheads", List.of(Map.of("title", spearhead, "values", List.of(value), "ideas",
				List.of(Map.of("title", "Buurtakker", "status", "RUNNING")))));
		Api.Answer answer = api().post("/api/v1/networks/" + network + "/gatherings", holder.basic(), body);
		if (answer.status() != 201) {
			throw new IllegalStateException("Could not submit: " + answer.text());
		}
		return answer.id();
	}

}
