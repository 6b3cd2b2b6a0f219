package nl.mijnstad.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;
import nl.mijnstad.analytics.Analytics;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The open-data ZIP, downloaded without an account, holds every entity of our small fixture and none of its
 * people: no person id, display name, e-mail or phone number appears in any file, not even where a holder wrote
 * a member's name into an idea's description.
 */
class OpenDataIT extends IntegrationTest {

	@Autowired
	Analytics analytics;

	final String tag = "od" + Integer.toString(new Random().nextInt(1 << 30), 36);

	@Test
	void anyoneDownloadsEveryEntityAndNoPersonalData() throws Exception {
		Answer network = api().post("/api/v1/networks", api().admin(),
				Map.of("name", "Zibbelclub " + this.tag, "kind", "HOBBY", "districts", List.of("WK079605")));
		String networkId = network.id();
		String wobbe = member(networkId, "Wobbegong " + this.tag, "wobbe" + this.tag + "@example.org", "+31 6 1234 5678");
		String quagga = member(networkId, "Quagga " + this.tag, "quagga" + this.tag + "@example.org", "013-5550199");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("heldOn", "2018-03-04");
		body.put("participants", 17);
		body.put("attendees", List.of(wobbe, quagga));
		body.put("values", List.of("Fliebert " + this.tag));
		body.put("spearheads", List.of(Map.of("title", "Knarsplan " + this.tag, "values", List.of("Fliebert " + this.tag),
				"ideas", List.of(Map.of("title", "Zoefdag " + this.tag, "status", "RUNNING", "description",
						"Bel Wobbegong " + this.tag + " op +31 6 1234 5678", "initiators", List.of(wobbe, quagga))))));
		Answer gathering = api().post("/api/v1/networks/" + networkId + "/gatherings", api().admin(), body);
		assertThat(gathering.status()).as(gathering.text()).isEqualTo(201);
		this.analytics.awaitFresh(Duration.ofSeconds(60));

		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/export/opendata.zip"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
		Map<String, String> files = unzip(response.body());
		assertThat(files).containsOnlyKeys("README.txt", "networks.csv", "gatherings.csv", "values.csv",
				"spearheads.csv", "ideas.csv", "districts.csv", "graph.graphml", "graph.gexf");

		assertThat(line(files, "networks.csv", networkId))
			.isEqualTo(networkId + ",Zibbelclub " + this.tag + ",HOBBY,WK079605,true,1,"); // 2 members < k: empty
		assertThat(line(files, "gatherings.csv", networkId)).contains(",2018-03-04,17,");
		assertThat(files.get("values.csv")).contains("Fliebert " + this.tag);
		assertThat(files.get("spearheads.csv")).startsWith("schulzeRank,tied,key,title,values,gatherings")
			.contains("Knarsplan " + this.tag);
		assertThat(line(files, "ideas.csv", "Zoefdag " + this.tag)).contains(",RUNNING,").contains(networkId);
		assertThat(files.get("districts.csv")).contains("WK079605");
		assertThat(files.get("graph.graphml")).contains(networkId);

		List<String> personal = List.of(wobbe, quagga, "Wobbegong", "Quagga", "wobbe" + this.tag, "quagga" + this.tag,
				"@example.org", "1234 5678", "5550199");
		files.forEach((name, text) -> assertThat(text).as("personal data in %s", name).doesNotContain(personal));
	}

	private String member(String network, String name, String email, String phone) {
		Answer answer = api().post("/api/v1/networks/" + network + "/members", api().admin(),
				Map.of("displayName", name, "district", "WK079605", "birthYear", 1970, "email", email, "phone", phone,
						"consent", Map.of("panel", true, "contact", true)));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.json().get("personId").asString();
	}

	private static String line(Map<String, String> files, String file, String containing) {
		return files.get(file).lines().filter(line -> line.contains(containing)).findFirst()
			.orElseThrow(() -> new AssertionError(file + " has no line with " + containing));
	}

	private static Map<String, String> unzip(byte[] zip) throws Exception {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

}
