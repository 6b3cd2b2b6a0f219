package nl.mijnstad.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;

/** Admins export and erase a person; every export and erasure is in the audit log, which only admins read. */
class PrivacyApiIT extends IntegrationTest {

	@Test
	void anErasedPersonLeavesNoPersonalDataButTheirContributionsStay() {
		String network = api().network("NEIGHBOURHOOD", "WK079603");
		String name = "Erik " + UUID.randomUUID().toString().substring(0, 8);
		String email = "erase-" + UUID.randomUUID() + "@example.org";
		Answer added = api().post("/api/v1/networks/" + network + "/members", api().admin(),
				Map.of("displayName", name, "district", "WK079603", "birthYear", 1966, "email", email, "phone",
						"+31 6 12345678", "consent", Map.of("panel", true, "contact", true)));
		String person = added.json().get("personId").asString();
		String other = api().member(network, "Blijft", "WK079603");
		Answer gathering = api().post("/api/v1/networks/" + network + "/gatherings", api().admin(),
				Map.of("heldOn", "2026-01-10", "participants", 12, "attendees", List.of(person, other), "values",
						List.of("groen"), "spearheads", List.of(Map.of("title", "Meer groen", "values", List.of("groen"),
								"ideas", List.of(Map.of("title", "Geveltuinen", "status", "PLANNED", "initiators",
										List.of(person)))))));
		assertThat(gathering.status()).as(gathering.text()).isEqualTo(201);
		String panelAdmin = api().account("PANEL_ADMIN");
		Answer consultation = api().post("/api/v1/consultations", panelAdmin, Map.of("title", "Groen", "question",
				"Meer groen?", "type", "OPEN", "closesAt", OffsetDateTime.now().plusDays(3).toString()));
		api().post("/api/v1/consultations/" + consultation.id() + "/invitations", panelAdmin,
				Map.of("size", 2, "filters", Map.of("networks", List.of(network))));

		Answer export = api().get("/api/v1/people/" + person + "/export", api().admin());
		Answer exportByPanelAdmin = api().get("/api/v1/people/" + person + "/export", panelAdmin);

		assertThat(export.status()).isEqualTo(200);
		assertThat(export.text()).contains(name, email, "+31 6 12345678", "PANEL", "CONTACT", network,
				consultation.id(), "Geveltuinen");
		assertThat(exportByPanelAdmin.status()).isEqualTo(403);

		Answer erased = api().delete("/api/v1/people/" + person, api().admin());
		Answer again = api().delete("/api/v1/people/" + person, api().admin());
		Answer byPanelAdmin = api().delete("/api/v1/people/" + other, panelAdmin);

		assertThat(erased.status()).isEqualTo(204);
		assertThat(again.status()).isEqualTo(404);
		assertThat(byPanelAdmin.status()).isEqualTo(403);
		assertThat(count("MATCH (p:Person {id: $id}) RETURN count(p)", "id", person)).isZero();
		// No node or relationship anywhere holds their name, address, phone or id (audit entries aside).
		assertThat(count("""
				MATCH (n) WHERE NOT n:AuditEntry
				  AND any(k IN keys(n) WHERE any(t IN [$name, $email, '+31 6 12345678', $id]
				      WHERE (n[k] IS :: STRING AND n[k] CONTAINS t)
				         OR (n[k] IS :: LIST<STRING NOT NULL> AND any(x IN n[k] WHERE x CONTAINS t))))
				RETURN count(n)""", "name", name, "email", email, "id", person)).isZero();
		assertThat(count("""
				MATCH ()-[r]->() WHERE any(k IN keys(r) WHERE any(t IN [$name, $email, $id]
				      WHERE r[k] IS :: STRING AND r[k] CONTAINS t))
				RETURN count(r)""", "name", name, "email", email, "id", person)).isZero();
		// What the network contributed stays, without them.
		assertThat(count("MATCH (g:Gathering {id: $id})-[:PROPOSED]->(i:Idea {title: 'Geveltuinen'}) RETURN count(i)",
				"id", gathering.id())).isOne();
		assertThat(count("MATCH (:Person)-[:ATTENDED]->(g:Gathering {id: $id}) RETURN count(*)", "id",
				gathering.id())).isOne();
		assertThat(count("MATCH (:Consultation {id: $id})-[i:INVITED]->() RETURN count(i)", "id", consultation.id()))
			.isOne();

		Answer audit = api().get("/api/v1/audit?subject=person:" + person, api().admin());
		assertThat(audit.status()).isEqualTo(200);
		assertThat(audit.json().findValuesAsString("action")).containsExactly("ERASE", "EXPORT");
		assertThat(audit.json().findValuesAsString("actor")).containsOnly("admin");
		assertThat(api().get("/api/v1/audit?action=READ_CONTACTS&subject=consultation:" + consultation.id(),
				api().admin()).json().findValuesAsString("purpose")).isNotEmpty();
		assertThat(api().get("/api/v1/audit", panelAdmin).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/audit?limit=0", api().admin()).status()).isEqualTo(422);
	}

}
