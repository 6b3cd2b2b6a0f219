package nl.mijnstad.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import nl.mijnstad.Api;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;

/** Brute force on HTTP Basic (which also issues tokens) is slowed per account: 429 with Retry-After. */
class LoginThrottleIT extends IntegrationTest {

	@Test
	void afterTenWrongPasswordsEvenTheRightOneWaits() {
		String basic = api().account("POLICYMAKER");
		String username = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8)
			.split(":", 2)[0];
		assertThat(api().get("/api/v1/analytics/values", basic).status()).isEqualTo(200);
		for (int attempt = 0; attempt < 10; attempt++) {
			assertThat(api().post("/api/v1/tokens", Api.basic(username, "guess-" + attempt), "").status())
				.isEqualTo(401);
		}
		Api.Answer held = api().post("/api/v1/tokens", basic, "");
		assertThat(held.status()).isEqualTo(429);
		assertThat(held.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(held.headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow()).isPositive();
		// Another account from the same client is not affected by this account's failures.
		assertThat(api().get("/api/v1/analytics/values", api().account("POLICYMAKER")).status()).isEqualTo(200);
	}

}
