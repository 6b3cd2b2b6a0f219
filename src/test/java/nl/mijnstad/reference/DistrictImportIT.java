package nl.mijnstad.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;

/** An admin loads another municipality's districts from CSV: all rows or none, with a report per bad row. */
class DistrictImportIT extends IntegrationTest {

	private Answer load(String auth, String csv) {
		return api().postBytes("/api/v1/reference/districts", auth, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
	}

	@Test
	void loadsAndUpdatesDistrictsMergedOnCode() {
		String code = "WKI" + new Random().nextInt(1_000_000);
		Answer created = load(api().admin(), "code,name,population,municipality\n" + code + "A,Centrum,1200,GMI1\n"
				+ code + "B,Haven,800,GMI1\n");
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json().get("created").asLong()).isEqualTo(2);

		Answer updated = load(api().admin(), "code,name,population,age_0_14,age_15_24,age_25_44,age_45_64,age_65_plus\n"
				+ code + "A,Centrum,1300,200,200,400,300,200\n");
		assertThat(updated.status()).as(updated.text()).isEqualTo(200);
		assertThat(updated.json().get("updated").asLong()).isEqualTo(1);
		assertThat(count("MATCH (d:District {code: $c}) WHERE d.population = 1300 AND d.age_25_44 = 400 "
				+ "AND d.municipality = 'GMI1' RETURN count(d)", "c", code + "A")).isEqualTo(1);
		assertThat(api().get("/api/v1/reference/districts", api().account("CONNECTOR")).text()).contains(code + "B");
	}

	@Test
	void oneBadRowRejectsTheWholeFileWithAReport() {
		String code = "WKJ" + new Random().nextInt(1_000_000);
		String connector = api().account("CONNECTOR");
		long[] before = graphSize();
		Answer rejected = load(api().admin(),
				"code,name,population\n" + code + "A,Goed,100\n" + code + "B,,veel\n" + code + "A,Dubbel,5\n");
		assertThat(rejected.status()).isEqualTo(422);
		assertThat(rejected.contentType()).contains("application/problem+json");
		assertThat(rejected.json().get("rows")).hasSize(2);
		assertThat(rejected.json().get("rows").get(0).get("row").asInt()).isEqualTo(3);
		assertThat(rejected.json().get("rows").get(0).get("code").asString()).isEqualTo(code + "B");
		assertThat(rejected.json().get("rows").get(0).get("errors")).hasSize(2);
		assertThat(rejected.json().get("rows").get(1).get("row").asInt()).isEqualTo(4);
		assertThat(graphSize()).isEqualTo(before);

		Answer badHeader = load(api().admin(), "kode,name\nX,Y\n");
		assertThat(badHeader.status()).isEqualTo(400);
		assertThat(badHeader.json().get("rows").get(0).get("row").asInt()).isEqualTo(1);
		assertThat(load(connector, "code,name,population\nX,Y,1\n").status()).isEqualTo(403);
		assertThat(graphSize()).isEqualTo(before);
	}

}
