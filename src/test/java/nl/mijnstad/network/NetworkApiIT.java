package nl.mijnstad.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Connectors, admins and holders register networks and members; contact data stays apart and is audited. */
class NetworkApiIT extends IntegrationTest {

	@Test
	void aConnectorRegistersANetworkThatIsNotYetReached() {
		String connector = api().account("CONNECTOR");
		String name = "Carnavalsvereniging De Dweilers " + UUID.randomUUID();

		Answer created = api().post("/api/v1/networks", connector,
				Map.of("name", name, "kind", "CARNIVAL", "description", "Oeteldonk", "districts",
						List.of("WK079601", "WK079611")));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("districts").toString()).contains("WK079601", "WK079611");
		assertThat(created.json().get("reached").asBoolean()).isFalse();
		Answer unreached = api().get("/api/v1/networks?reached=false&kind=CARNIVAL", connector);
		assertThat(unreached.json().findValuesAsString("id")).contains(created.id());
		assertThat(api().get("/api/v1/networks?reached=true", connector).json().findValuesAsString("id"))
			.doesNotContain(created.id());
	}

	@Test
	void badRegistrationsNameTheFieldAndChangeNothing() {
		String name = "Voetbalclub " + UUID.randomUUID();
		api().post("/api/v1/networks", api().admin(), Map.of("name", name, "kind", "SPORT"));
		long[] before = graphSize();

		Answer unknownDistrict = api().post("/api/v1/networks", api().admin(),
				Map.of("name", "Ander " + UUID.randomUUID(), "kind", "SPORT", "districts", List.of("WK079601", "WK999999")));
		Answer sameName = api().post("/api/v1/networks", api().admin(),
				Map.of("name", "  " + name.toUpperCase() + " ", "kind", "SPORT"));
		Answer badKind = api().post("/api/v1/networks", api().admin(), Map.of("name", "X", "kind", "ROWING"));
		Answer noName = api().post("/api/v1/networks", api().admin(), Map.of("kind", "SPORT"));

		assertThat(unknownDistrict.status()).isEqualTo(422);
		assertThat(unknownDistrict.json().get("errors").get(0).get("field").asString()).isEqualTo("districts[1]");
		assertThat(sameName.status()).isEqualTo(409);
		assertThat(badKind.status()).isEqualTo(400);
		assertThat(badKind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
		assertThat(noName.status()).isEqualTo(422);
		assertThat(graphSize()).isEqualTo(before);
		assertThat(api().get("/api/v1/networks/" + UUID.randomUUID(), api().admin()).status()).isEqualTo(404);
	}

	@Test
	void contactDataIsKeptApartFromThePersonWithConsentPerPurpose() {
		String network = api().network("NEIGHBOURHOOD", "WK079603");

		Answer added = api().post("/api/v1/networks/" + network + "/members", api().admin(),
				Map.of("displayName", "Fatima E.", "district", "WK079603", "birthYear", 1975, "email",
						"fatima@example.org", "phone", "+31 6 00001234", "consent", Map.of("panel", true, "contact", false)));

		assertThat(added.status()).isEqualTo(201);
		String person = added.json().get("personId").asString();
		assertThat(added.json().get("email").isNull()).isTrue();
		assertThat(count("MATCH (p:Person {id: $id}) WHERE p.email IS NULL AND p.phone IS NULL RETURN count(p)", "id",
				person)).isOne();
		assertThat(count("MATCH (:Person {id: $id})-[:HAS_CONTACT]->(c:Contact {email: 'fatima@example.org'}) RETURN count(c)",
				"id", person)).isOne();
		assertThat(count("MATCH (:Person {id: $id})-[:GAVE]->(c:Consent) RETURN count(c)", "id", person)).isOne();
		assertThat(count("MATCH (:Person {id: $id})-[:GAVE]->(c:Consent {purpose: 'PANEL'}) RETURN count(c)", "id",
				person)).isOne();
		assertThat(count("MATCH (:Person {id: $id})-[:LIVES_IN]->(:District {code: 'WK079603'}) RETURN count(*)", "id",
				person)).isOne();
	}

	@Test
	void anExistingPersonJoinsAnotherNetworkOnce() {
		String first = api().network("SPORT");
		String second = api().network("HOBBY");
		String person = api().member(first, "Joost V.", null);

		Answer joined = api().post("/api/v1/networks/" + second + "/members", api().admin(), Map.of("personId", person));
		Answer again = api().post("/api/v1/networks/" + second + "/members", api().admin(), Map.of("personId", person));
		Answer unknown = api().post("/api/v1/networks/" + second + "/members", api().admin(),
				Map.of("personId", "no-such-person"));
		Answer mixed = api().post("/api/v1/networks/" + second + "/members", api().admin(),
				Map.of("personId", person, "displayName", "Joost"));
		Answer incomplete = api().post("/api/v1/networks/" + second + "/members", api().admin(),
				Map.of("district", "WK079699"));

		assertThat(joined.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(409);
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("personId");
		assertThat(mixed.status()).isEqualTo(422);
		assertThat(incomplete.status()).isEqualTo(422);
		assertThat(incomplete.json().findValuesAsString("field")).contains("displayName", "consent", "district");
		assertThat(count("MATCH (:Person {id: $id})-[m:MEMBER_OF]->() RETURN count(m)", "id", person)).isEqualTo(2);
	}

	@Test
	void aHolderSeesTheirOwnMembersWithContactsAndEveryReadIsAudited() {
		String holderCredentials = api().account("NETWORK_HOLDER");
		Answer own = api().post("/api/v1/networks", holderCredentials,
				Map.of("name", "Breiclub " + UUID.randomUUID(), "kind", "HOBBY"));
		String network = own.id();
		String other = api().network("HOBBY");
		api().member(network, "Els K.", null);
		long audited = count("MATCH (e:AuditEntry {action: 'READ_CONTACTS', subject: $s}) RETURN count(e)", "s",
				"network:" + network);

		Answer members = api().get("/api/v1/networks/" + network + "/members", holderCredentials);
		Answer added = api().post("/api/v1/networks/" + network + "/members", holderCredentials,
				Map.of("displayName", "Piet", "consent", Map.of("panel", false, "contact", false)));

		assertThat(members.status()).isEqualTo(200);
		JsonNode els = members.json().get(0);
		assertThat(els.get("email").asString()).isEqualTo("elsk@example.org");
		assertThat(count("MATCH (e:AuditEntry {action: 'READ_CONTACTS', subject: $s}) RETURN count(e)", "s",
				"network:" + network)).isEqualTo(audited + 1);
		assertThat(added.status()).isEqualTo(201);
		assertThat(api().get("/api/v1/networks/" + other + "/members", holderCredentials).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/networks/" + other + "/members", holderCredentials,
				Map.of("displayName", "Piet", "consent", Map.of("panel", false, "contact", false))).status())
			.isEqualTo(403);
	}

	@Test
	void policymakersAndConnectorsCannotReadMembers() {
		String network = api().network("CARE");
		api().member(network, "Henk L.", null);

		assertThat(api().get("/api/v1/networks/" + network + "/members", api().account("POLICYMAKER")).status())
			.isEqualTo(403);
		assertThat(api().get("/api/v1/networks/" + network + "/members", api().account("CONNECTOR")).status())
			.isEqualTo(403);
		assertThat(api().post("/api/v1/networks", api().account("POLICYMAKER"),
				Map.of("name", "Y " + UUID.randomUUID(), "kind", "SPORT")).status()).isEqualTo(403);
	}

}
