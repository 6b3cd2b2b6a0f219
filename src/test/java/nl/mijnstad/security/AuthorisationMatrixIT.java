package nl.mijnstad.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import nl.mijnstad.Api;
import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API route against every role and anonymous, generated from the application's own route list. A route
 * missing from {@link #MAY} fails the build: whoever adds an endpoint decides here who may use it. Per-object
 * rules (a holder only for their own networks) are tested with each feature.
 */
class AuthorisationMatrixIT extends IntegrationTest {

	private static final Set<Role> ALL = Set.of(Role.values());

	/** Who may call each route, by its rule (method and pattern as Spring maps them). */
	static final Map<String, Set<Role>> MAY = new TreeMap<>(Map.ofEntries(
			Map.entry("POST /api/v1/tokens", ALL),
			Map.entry("DELETE /api/v1/tokens/current", ALL),
			Map.entry("POST /api/v1/accounts", Set.of(Role.ADMIN)),
			Map.entry("POST /api/v1/networks", Set.of(Role.ADMIN, Role.CONNECTOR, Role.NETWORK_HOLDER)),
			Map.entry("GET /api/v1/networks", ALL),
			Map.entry("GET /api/v1/networks/{id}", ALL),
			Map.entry("POST /api/v1/networks/{id}/members", Set.of(Role.ADMIN, Role.CONNECTOR, Role.NETWORK_HOLDER)),
			Map.entry("GET /api/v1/networks/{id}/members", Set.of(Role.ADMIN, Role.NETWORK_HOLDER)),
			Map.entry("POST /api/v1/networks/{id}/gatherings", Set.of(Role.ADMIN, Role.NETWORK_HOLDER)),
			Map.entry("GET /api/v1/gatherings/{id}", ALL),
			Map.entry("GET /api/v1/reference/districts", ALL),
			Map.entry("GET /api/v1/analytics/values", ALL),
			Map.entry("GET /api/v1/analytics/spearheads", ALL),
			Map.entry("GET /api/v1/analytics/clusters", ALL),
			Map.entry("GET /api/v1/analytics/profile", ALL),
			Map.entry("GET /api/v1/analytics/coverage", Set.of(Role.ADMIN, Role.CONNECTOR, Role.POLICYMAKER)),
			Map.entry("GET /api/v1/analytics/overlaps", Set.of(Role.ADMIN, Role.CONNECTOR, Role.POLICYMAKER)),
			Map.entry("GET /api/v1/analytics/overlaps/values", Set.of(Role.ADMIN, Role.CONNECTOR, Role.POLICYMAKER)),
			Map.entry("GET /api/v1/export/graph.{format}", Set.of(Role.ADMIN, Role.CONNECTOR, Role.POLICYMAKER)),
			Map.entry("GET /api/v1/analytics/frontier", Set.of(Role.ADMIN, Role.CONNECTOR)),
			Map.entry("GET /api/v1/analytics/brokers", Set.of(Role.ADMIN, Role.CONNECTOR)),
			Map.entry("POST /api/v1/networks/{id}/relations", Set.of(Role.ADMIN, Role.CONNECTOR)),
			Map.entry("POST /api/v1/networks/{id}/connectors", Set.of(Role.ADMIN, Role.CONNECTOR)),
			Map.entry("POST /api/v1/reference/districts", Set.of(Role.ADMIN)),
			Map.entry("GET /api/v1/ideas", ALL),
			Map.entry("GET /api/v1/ideas/progress", ALL),
			Map.entry("GET /api/v1/ideas/similar-pairs", ALL),
			Map.entry("GET /api/v1/ideas/{id}", ALL),
			Map.entry("GET /api/v1/ideas/{id}/similar", ALL),
			Map.entry("POST /api/v1/ideas/{id}/status", Set.of(Role.ADMIN, Role.NETWORK_HOLDER)),
			Map.entry("GET /api/v1/vocabulary/merges", Set.of(Role.ADMIN, Role.POLICYMAKER)),
			Map.entry("GET /api/v1/vocabulary/values/suggestions", Set.of(Role.ADMIN)),
			Map.entry("GET /api/v1/vocabulary/spearheads/suggestions", Set.of(Role.ADMIN)),
			Map.entry("POST /api/v1/vocabulary/values/{key}/merge-into/{other}", Set.of(Role.ADMIN)),
			Map.entry("POST /api/v1/vocabulary/spearheads/{key}/merge-into/{other}", Set.of(Role.ADMIN)),
			Map.entry("POST /api/v1/people/{id}/consents", Set.of(Role.ADMIN, Role.PANEL_ADMIN)),
			Map.entry("POST /api/v1/consultations", Set.of(Role.ADMIN, Role.PANEL_ADMIN)),
			Map.entry("GET /api/v1/consultations/{id}", Set.of(Role.ADMIN, Role.PANEL_ADMIN)),
			Map.entry("POST /api/v1/consultations/{id}/selection/preview", Set.of(Role.ADMIN, Role.PANEL_ADMIN)),
			Map.entry("POST /api/v1/consultations/{id}/invitations", Set.of(Role.ADMIN, Role.PANEL_ADMIN)),
			Map.entry("GET /api/v1/consultations/{id}/results", Set.of(Role.ADMIN, Role.PANEL_ADMIN)),
			Map.entry("POST /api/v1/panel/outbox/delivery", Set.of(Role.ADMIN, Role.PANEL_ADMIN)),
			Map.entry("GET /api/v1/people/{id}/export", Set.of(Role.ADMIN)),
			Map.entry("DELETE /api/v1/people/{id}", Set.of(Role.ADMIN)),
			Map.entry("GET /api/v1/audit", Set.of(Role.ADMIN)),
			Map.entry("POST /api/v1/imports/networks", Set.of(Role.ADMIN, Role.CONNECTOR)),
			Map.entry("POST /api/v1/imports/gatherings", Set.of(Role.ADMIN, Role.NETWORK_HOLDER)),
			Map.entry("GET /api/v1/imports/{id}", Set.of(Role.ADMIN, Role.CONNECTOR, Role.NETWORK_HOLDER)),
			Map.entry("GET /api/v1/imports/templates/{name}.csv", ALL),
			Map.entry("GET /api/v1/export/opendata.zip", ALL),
			// backup: the whole graph, contact data included
			Map.entry("POST /api/v1/admin/backup", Set.of(Role.ADMIN))));

	/** Routes anyone may call without an account: public, by decision of their feature. */
	static final Set<String> PUBLIC = Set.of("GET /api/v1/imports/templates/{name}.csv", "GET /api/v1/export/opendata.zip");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRouteHasADecidedRuleAndEveryRoleGetsExactlyThat() {
		Set<String> routes = routes();
		assertThat(routes).as("API routes without an entry in the authorisation matrix")
			.isSubsetOf(MAY.keySet());
		assertThat(MAY.keySet()).as("matrix entries for routes that no longer exist").isSubsetOf(routes);

		Map<Role, String> tokens = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			String basic = api().account(role.name());
			tokens.put(role, Api.bearer(api().post("/api/v1/tokens", basic, "").json().get("token").asString()));
		}
		List<String> wrong = new ArrayList<>();
		for (String route : routes) {
			String method = route.substring(0, route.indexOf(' '));
			String path = route.substring(route.indexOf(' ') + 1)
				.replace("{format}", "graphml")
				.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			int anonymous = call(method, path, null).status();
			if (PUBLIC.contains(route) ? (anonymous == 401 || anonymous == 403) : anonymous != 401) {
				wrong.add(route + " anonymous: " + anonymous);
			}
			for (Role role : Role.values()) {
				if (route.startsWith("DELETE /api/v1/tokens/current")) {
					continue; // would revoke the token the rest of this test uses; covered in AccountApiIT
				}
				int status = call(method, path, tokens.get(role)).status();
				boolean may = MAY.get(route).contains(role);
				if (may ? (status == 401 || status == 403) : status != 403) {
					wrong.add(route + " " + role + ": " + status);
				}
			}
		}
		assertThat(wrong).as("routes answering a role otherwise than the matrix says").isEmpty();
	}

	private Answer call(String method, String path, String auth) {
		return switch (method) {
			case "GET" -> api().get(path, auth);
			case "DELETE" -> api().delete(path, auth);
			default -> api().send(method, path, auth, "{}");
		};
	}

	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				if (methods.isEmpty()) {
					routes.add("GET " + pattern);
				}
				methods.forEach(method -> routes.add(method.name() + " " + pattern));
			}
		}
		return routes;
	}

}
