package nl.mijnstad.panel;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.mijnstad.Api;
import nl.mijnstad.Api.Answer;

/** Builds panel members and consultations through the API, each with unique names and addresses. */
public record PanelFixtures(Api api) {

	/** A member created through the network API. */
	public record Member(String id, String email) {
	}

	public Member member(String network, String district, Integer birthYear, boolean panelConsent, boolean withEmail) {
		String email = "p" + UUID.randomUUID().toString().replace("-", "") + "@example.org";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("displayName", "Inwoner " + UUID.randomUUID().toString().substring(0, 6));
		if (district != null) {
			body.put("district", district);
		}
		if (birthYear != null) {
			body.put("birthYear", birthYear);
		}
		if (withEmail) {
			body.put("email", email);
		}
		body.put("consent", Map.of("panel", panelConsent, "contact", false));
		Answer answer = this.api.post("/api/v1/networks/" + network + "/members", this.api.admin(), body);
		if (answer.status() != 201) {
			throw new IllegalStateException("Could not add member: " + answer.text());
		}
		return new Member(answer.json().get("personId").asString(), withEmail ? email : null);
	}

	public String consultation(String auth, String type, List<String> options) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "Raadpleging " + UUID.randomUUID().toString().substring(0, 8));
		body.put("question", "Wat vindt u van meer groen in de wijk?");
		body.put("type", type);
		if (options != null) {
			body.put("options", options);
		}
		body.put("closesAt", OffsetDateTime.now().plusDays(14).toString());
		Answer answer = this.api.post("/api/v1/consultations", auth, body);
		if (answer.status() != 201) {
			throw new IllegalStateException("Could not create consultation: " + answer.text());
		}
		return answer.id();
	}

	/** Targeting the members of one network only, so other tests' people never enter the pool. */
	public static Map<String, Object> targeting(String network, int size, Object... more) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("size", size);
		body.put("seed", 11);
		body.put("filters", Map.of("networks", List.of(network)));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		return body;
	}

}
