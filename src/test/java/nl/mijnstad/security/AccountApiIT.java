package nl.mijnstad.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.mijnstad.Api;
import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;

/** Admins create accounts; any account exchanges its credentials for a token that can be revoked. */
class AccountApiIT extends IntegrationTest {

	@Test
	void anAdminCreatesAccountsAndOnlyAnAdmin() {
		String username = "beleid-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> account = Map.of("username", username, "password", "a-long-password-1", "roles",
				List.of("POLICYMAKER"));

		Answer created = api().post("/api/v1/accounts", api().admin(), account);
		Answer again = api().post("/api/v1/accounts", api().admin(), account);
		Answer byConnector = api().post("/api/v1/accounts", api().account("CONNECTOR"),
				Map.of("username", "x-" + username, "password", "a-long-password-1", "roles", List.of("ADMIN")));
		Answer anonymous = api().post("/api/v1/accounts", null, account);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text()).doesNotContain("a-long-password-1");
		assertThat(count("MATCH (a:Account {username: $u}) WHERE a.passwordHash STARTS WITH '{bcrypt}' RETURN count(a)",
				"u", username)).isOne();
		assertThat(again.status()).isEqualTo(409);
		assertThat(byConnector.status()).isEqualTo(403);
		assertThat(byConnector.contentType()).isEqualTo("application/problem+json");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
	}

	@Test
	void badAccountsNameEachField() {
		Answer answer = api().post("/api/v1/accounts", api().admin(),
				Map.of("username", "a b", "password", "short", "roles", List.of(), "networks", List.of("nope")));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.json().findValuesAsString("field")).contains("username", "password", "roles");
	}

	@Test
	void aTokenWorksUntilItIsRevoked() {
		String basic = api().account("POLICYMAKER");
		Answer issued = api().post("/api/v1/tokens", basic, "");
		assertThat(issued.status()).isEqualTo(201);
		String token = issued.json().get("token").asString();
		assertThat(count("MATCH (t:ApiToken) WHERE t.hash = $t RETURN count(t)", "t", token)).isZero();

		assertThat(api().get("/api/v1/reference/districts", Api.bearer(token)).status()).isEqualTo(200);
		assertThat(api().delete("/api/v1/tokens/current", Api.bearer(token)).status()).isEqualTo(204);
		Answer afterRevoke = api().get("/api/v1/reference/districts", Api.bearer(token));

		assertThat(afterRevoke.status()).isEqualTo(401);
		assertThat(afterRevoke.contentType()).isEqualTo("application/problem+json");
		assertThat(api().get("/api/v1/reference/districts", Api.bearer("ms_made_up")).status()).isEqualTo(401);
		assertThat(api().get("/api/v1/reference/districts", Api.basic("admin", "wrong-password")).status())
			.isEqualTo(401);
	}

	@Test
	void theApiKeepsNoSessionAndSendsItsSecurityHeaders() {
		String basic = api().account("POLICYMAKER");
		String token = api().post("/api/v1/tokens", basic, "").json().get("token").asString();

		for (Answer answer : List.of(api().get("/api/v1/reference/districts", basic),
				api().get("/api/v1/reference/districts", Api.bearer(token)),
				api().get("/api/v1/reference/districts", null), api().get("/api/v1/nothing-here", basic))) {
			assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
			assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(answer.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
			assertThat(answer.headers().firstValue("Content-Security-Policy"))
				.hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
			assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		}
	}

	@Test
	void aHolderWhoRegistersANetworkHoldsItAtOnce() {
		String basic = api().account("NETWORK_HOLDER");
		String token = api().post("/api/v1/tokens", basic, "").json().get("token").asString();
		String network = api().post("/api/v1/networks", Api.bearer(token),
				Map.of("name", "Wijkraad " + UUID.randomUUID(), "kind", "NEIGHBOURHOOD")).id();

		Answer members = api().get("/api/v1/networks/" + network + "/members", Api.bearer(token));

		assertThat(members.status()).isEqualTo(200);
	}

	@Test
	void theFourteenDistrictsAreThereFromTheFirstStart() {
		Answer districts = api().get("/api/v1/reference/districts", api().account("POLICYMAKER"));

		assertThat(districts.json().findValuesAsString("code")).contains("WK079601", "WK079614");
		long total = 0;
		for (var district : districts.json()) {
			if (district.get("code").asString().startsWith("WK0796")) {
				total += district.get("population").asLong();
			}
		}
		assertThat(total).isEqualTo(160_760);
	}

	@Test
	void unlistedRoutesAreDenied() {
		assertThat(api().get("/api/v1/nothing-here", api().admin()).status()).isEqualTo(403);
		assertThat(api().get("/actuator/health", null).status()).isEqualTo(200);
		assertThat(api().get("/v3/api-docs", null).status()).isEqualTo(200);
	}

	@Test
	void adminsReadTheRequestMetricsAndNobodyElse() {
		api().get("/api/v1/reference/districts", api().admin());

		Answer timings = api().get("/actuator/metrics/http.server.requests?tag=uri:/api/v1/reference/districts",
				api().admin());

		assertThat(timings.status()).isEqualTo(200);
		assertThat(timings.json().get("measurements").findValuesAsString("statistic")).contains("COUNT", "TOTAL_TIME");
		assertThat(timings.json().get("measurements").get(0).get("value").asDouble()).isPositive();
		assertThat(api().get("/actuator/metrics", api().account("POLICYMAKER")).status()).isEqualTo(403);
		assertThat(api().get("/actuator/metrics", null).status()).isEqualTo(401);
		actuatorProblem("/actuator/env", 404);
		Answer unknownMetric = actuatorProblem("/actuator/metrics/no.such.metric", 404);
		assertThat(unknownMetric.json().get("instance").asString()).isEqualTo("/actuator/metrics/no.such.metric");
		actuatorProblem("/actuator/metrics/http.server.requests?tag=method:BREW", 404);
		actuatorProblem("/actuator/metrics/http.server.requests?tag=no-colon", 400);
	}

	/** An admin's actuator request that must fail with this status, saying why as problem+json. */
	private Answer actuatorProblem(String path, int status) {
		Answer answer = api().get(path, api().admin());
		assertThat(answer.status()).as(path).isEqualTo(status);
		assertThat(answer.contentType()).as(path).isEqualTo("application/problem+json");
		return answer;
	}

}
