package nl.mijnstad.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;

/**
 * An answer that fits the server's buffer arrives whole, with its length, instead of in chunks: the submission's
 * 201 that every holder's client waits for, a problem, and a page. A larger answer still arrives complete.
 */
class OneWriteAnswersIT extends IntegrationTest {

	@Test
	void aSubmissionIsAnsweredWithItsLength() {
		String network = api().network("HOBBY", "WK079601");
		String holder = api().account("NETWORK_HOLDER", network);
		Map<String, Object> submission = Map.of("heldOn", "2026-11-02", "participants", 9, "values",
				List.of("Gezelligheid"), "spearheads", List.of(Map.of("title", "Een ruilkast in de bibliotheek",
						"values", List.of("Gezelligheid"), "ideas", List.of(Map.of("title", "Ruilmiddag")))));

		Answer created = api().post("/api/v1/networks/" + network + "/gatherings", holder, submission);

		assertThat(created.status()).isEqualTo(201);
		assertWhole(created);
		assertThat(created.json().get("network").asString()).isEqualTo(network);
	}

	@Test
	void aProblemIsAnsweredWithItsLength() {
		Answer missing = api().get("/api/v1/gatherings/" + UUID.randomUUID(), api().admin());

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).isEqualTo("application/problem+json");
		assertWhole(missing);
	}

	@Test
	void aPageIsAnsweredWithItsLength() {
		Answer signIn = api().get("/inloggen", null, Map.of("Accept", "text/html"));

		assertThat(signIn.status()).isEqualTo(200);
		assertThat(signIn.contentType()).startsWith("text/html");
		assertThat(signIn.text()).contains("<form");
		assertWhole(signIn);
	}

	@Test
	void anAnswerLargerThanTheBufferStillArrivesComplete() {
		Answer docs = api().get("/v3/api-docs", null);

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.text().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(8 * 1024);
		assertThat(docs.json().get("paths").has("/api/v1/networks/{id}/gatherings")).isTrue();
	}

	private static void assertWhole(Answer answer) {
		assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
		assertThat(answer.headers().firstValueAsLong("Content-Length"))
			.hasValue(answer.text().getBytes(StandardCharsets.UTF_8).length);
	}

}
