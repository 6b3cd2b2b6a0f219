package nl.mijnstad.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Spreadsheets imported through the API: the shipped examples go in whole, a file with broken rows is refused
 * with every bad row named and changes nothing, and running a file again creates nothing new.
 */
class ImportsIT extends IntegrationTest {

	final String tag = "imp" + Integer.toString(new Random().nextInt(1 << 30), 36);

	@Test
	void theNetworksExampleImportsWholeAndARerunCreatesNothing() throws Exception {
		String connector = api().account("CONNECTOR");
		String csv = example("networks-example");

		Answer accepted = post("/api/v1/imports/networks", connector, csv);
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
		assertThat(accepted.headers().firstValue("Location")).hasValue("/api/v1/imports/" + accepted.id());
		JsonNode done = await(accepted.id(), connector);

		assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
		assertThat(done.get("processed").asInt()).isEqualTo(done.get("total").asInt());
		assertThat(done.get("result").get("networksCreated").asInt()).isEqualTo(3);
		assertThat(done.get("result").get("people").asInt()).isEqualTo(4); // Anna is in two networks: one person
		assertThat(done.get("result").get("memberships").asInt()).isEqualTo(5);
		assertThat(count("MATCH (n:Network) WHERE n.name ENDS WITH $tag RETURN count(n)", "tag", this.tag)).isEqualTo(3);
		assertThat(count("""
				MATCH (p:Person)-[:MEMBER_OF]->(n:Network) WHERE n.name ENDS WITH $tag
				RETURN count(DISTINCT p)""", "tag", this.tag)).isEqualTo(4);
		assertThat(count("""
				MATCH (p:Person)-[:MEMBER_OF]->(n:Network) WHERE n.name ENDS WITH $tag
				MATCH (p)-[:HAS_CONTACT]->(c:Contact {email: 'anna@example.org'}) RETURN count(DISTINCT n)""", "tag",
				this.tag)).isEqualTo(2);
		assertThat(count("""
				MATCH (p:Person)-[:MEMBER_OF {role: 'HOLDER'}]->(n:Network {name: $name})
				MATCH (p)-[:GAVE]->(c:Consent) RETURN count(c)""", "name", "Breiclub De Steek " + this.tag))
			.as("Anna holds the Steek and consented to the panel only").isEqualTo(1);

		long[] before = graphSize();
		JsonNode again = await(post("/api/v1/imports/networks", connector, csv).id(), connector);
		assertThat(again.get("state").asString()).isEqualTo("DONE");
		assertThat(again.get("result").get("networksExisting").asInt()).isEqualTo(3);
		assertThat(graphSize()).as("a second run of the same file").isEqualTo(before);
	}

	@Test
	void aNetworksFileWithBrokenRowsIsRefusedWithEveryRowAndChangesNothing() {
		String csv = """
				network,kind,districts,displayName,district,birthYear,email,phone,consentPanel,consentContact,role
				Goed %1$s,SPORT,WK079601,Alma G.,WK079601,1980,alma@example.org,,ja,nee,
				Slecht %1$s,SPRT,WK999999,Bob S.,WK079601,1980,,,ja,nee,
				Goed %1$s,CULTURE,,Cor D.,WK079601,18,geen-email,12,misschien,nee,BOSS
				Goed %1$s,,,,WK079601,,,,,,
				,SPORT,,Dirk E.,,,,,nee,nee,
				Goed %1$s,,,Alma G.,WK079601,1980,alma@example.org,,ja,nee,
				""".formatted(this.tag);
		String admin = api().admin(); // the first call issues a token: a node
		long[] before = graphSize();

		Answer refused = post("/api/v1/imports/networks", admin, csv);

		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(problems(refused)).containsExactly("3 districts", "3 kind", "4 birthYear", "4 consentPanel",
				"4 email", "4 kind", "4 phone", "4 role", "5 displayName", "6 network", "7 displayName");
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("line 3: districts");
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void unreadableFilesGetAClearProblem() throws Exception {
		Answer notUtf8 = api().postBytes("/api/v1/imports/networks", api().admin(),
				new byte[] { 'n', 'e', 't', (byte) 0xC3, (byte) 0x28 }, "text/csv");
		assertThat(notUtf8.status()).isEqualTo(422);
		assertThat(notUtf8.text()).contains("UTF-8");
		Answer unknownColumn = post("/api/v1/imports/gatherings", api().admin(), "gathering,netwerk\nx,y\n");
		assertThat(unknownColumn.status()).isEqualTo(422);
		assertThat(problems(unknownColumn)).contains("1 netwerk", "1 network", "1 heldOn");
		Answer brokenQuote = post("/api/v1/imports/networks", api().admin(), "network,kind\n\"Open,SPORT\n");
		assertThat(brokenQuote.status()).isIn(422);
		Answer semicolons = post("/api/v1/imports/networks", api().admin(),
				"network;kind\nPuntkomma " + this.tag + ";SPORT\n");
		assertThat(semicolons.status()).as(semicolons.text()).isEqualTo(202);
		assertThat(await(semicolons.id(), api().admin()).get("state").asString()).isEqualTo("DONE");
	}

	@Test
	void aHolderImportsGatheringsOfTheirOwnNetworksOnceAndAChangedFileRollsBackWhole() throws Exception {
		String steek = network("Breiclub De Steek " + this.tag);
		String wilhelmina = network("Voetbalvereniging Wilhelmina '08 " + this.tag);
		String holder = api().account("NETWORK_HOLDER", steek, wilhelmina);
		String csv = example("gatherings-example");

		JsonNode done = await(post("/api/v1/imports/gatherings", holder, csv).id(), holder);

		assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
		assertThat(done.get("result").get("created").asInt()).isEqualTo(2);
		assertThat(count("MATCH (g:Gathering)-[:OF]->(:Network {id: $id}) RETURN count(g)", "id", steek)).isEqualTo(1);
		assertThat(count("""
				MATCH (g:Gathering)-[r:PRIORITISES]->(s:Spearhead) WHERE (g)-[:OF]->(:Network {id: $id})
				RETURN sum(r.rank)""", "id", steek)).isEqualTo(1 + 2 + 3);
		assertThat(count("MATCH (g:Gathering)-[:PROPOSED]->(i:Idea) WHERE (g)-[:OF]->(:Network {id: $id}) RETURN count(i)",
				"id", steek)).isEqualTo(3);
		assertThat(count("""
				MATCH (g:Gathering)-[:OF]->(:Network {id: $id}) MATCH (g)-[:HOLDS]->(v:Value) RETURN count(v)""", "id",
				wilhelmina)).isEqualTo(3);

		long[] before = graphSize();
		JsonNode again = await(post("/api/v1/imports/gatherings", holder, csv).id(), holder);
		assertThat(again.get("result").get("alreadyImported").asInt()).isEqualTo(2);
		assertThat(graphSize()).as("a second run of the same file").isEqualTo(before);

		// A new gathering first, then an imported one changed: the whole file is refused at the write, nothing stays.
		String changed = csv.lines().findFirst().orElseThrow() + "\n"
				+ "nieuw-2018," + steek + ",2018-05-01,9,groen,1,Meer groen in de wijk,,,\n"
				+ csv.lines().skip(1).map(line -> line.replace(",23,", ",24,")).reduce("", (a, b) -> a + b + "\n");
		JsonNode failed = await(post("/api/v1/imports/gatherings", holder, changed).id(), holder);
		assertThat(failed.get("state").asString()).as(failed.toString()).isEqualTo("FAILED");
		assertThat(failed.get("problems").get(0).get("line").asInt()).isEqualTo(3);
		assertThat(failed.get("problems").get(0).get("message").asString()).contains("steek-2017-01");
		assertThat(graphSize()).as("after a failed import").isEqualTo(before);

		String stranger = api().account("NETWORK_HOLDER");
		assertThat(api().get("/api/v1/imports/" + failed.get("id").asString(), stranger).status()).isEqualTo(404);
	}

	@Test
	void aGatheringsFileWithBrokenRowsIsRefusedWithEveryRowAndChangesNothing() {
		String mine = network("Eigen " + this.tag);
		String other = network("Ander " + this.tag);
		String holder = api().account("NETWORK_HOLDER", mine);
		String csv = """
				gathering,network,heldOn,participants,values,spearheadRank,spearhead,idea,ideaDescription,ideaStatus
				a,Eigen %1$s,2017-01-03,10,groen,1,Meer bomen,Plantdag,,
				a,Eigen %1$s,2017-01-04,10,groen,1,Meer bomen,Snoeidag,,BEZIG
				a,Eigen %1$s,,,rust,3,Stilte,,,
				b,Ander %1$s,2017-01-03,10,groen,1,Meer bomen,,,
				c,Onbekend %1$s,2099-01-01,nul,,,,Idee zonder speerpunt,,
				d,Eigen %1$s,2017-02-01,5,,,,,,
				""".formatted(this.tag);
		long[] before = graphSize();

		Answer refused = post("/api/v1/imports/gatherings", holder, csv);

		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(problems(refused)).containsExactly("3 heldOn", "3 ideaStatus", "4 spearheadRank", "5 network",
				"6 heldOn", "6 network", "6 participants", "6 spearhead", "6 spearhead", "6 values", "7 spearhead",
				"7 values");
		assertThat(graphSize()).isEqualTo(before);
		assertThat(other).isNotNull();
	}

	@Test
	void hostileFilesGetOnly4xxProblemsAndChangeNothing() {
		String admin = api().admin();
		Random random = new Random(2017);
		String header = String.join(",", NetworkCsv.COLUMNS);
		List<java.util.function.Supplier<byte[]>> files = List.of(() -> {
			byte[] bytes = new byte[1 + random.nextInt(4_000)];
			random.nextBytes(bytes);
			return bytes;
		}, () -> (header + "\nN,SPORT,\"" + "x".repeat(random.nextInt(300_000))).getBytes(StandardCharsets.UTF_8),
				() -> (header + "\n" + ",".repeat(5_000 + random.nextInt(50_000))).getBytes(StandardCharsets.UTF_8),
				() -> (header + "\n\"}) MATCH (n) DETACH DELETE n //,SPORT,WK' OR '1'='1,,=cmd|' /C calc'!A0,,,,,ja,nee,\n")
					.getBytes(StandardCharsets.UTF_8),
				() -> ("\u0000" + header + "\n").getBytes(StandardCharsets.UTF_8),
				() -> (header + "\r\n" + "\r\n".repeat(random.nextInt(10_000))).getBytes(StandardCharsets.UTF_8));
		long[] before = graphSize();
		List<String> wrong = new java.util.ArrayList<>();
		for (int i = 0; i < 60; i++) {
			int kind = random.nextInt(files.size());
			String path = random.nextBoolean() ? "/api/v1/imports/networks" : "/api/v1/imports/gatherings";
			Answer answer = api().postBytes(path, admin, files.get(kind).get(), "text/csv");
			if (answer.status() < 400 || answer.status() >= 500
					|| !answer.contentType().startsWith("application/problem+json")) {
				wrong.add(path + " file " + kind + ": " + answer.status() + " "
						+ answer.text().substring(0, Math.min(200, answer.text().length())));
			}
		}
		assertThat(wrong).as("answers other than a 4xx problem").isEmpty();
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void templatesAreServedToAnyone() {
		Answer template = api().get("/api/v1/imports/templates/gatherings.csv", null);
		assertThat(template.status()).isEqualTo(200);
		assertThat(template.text().strip()).isEqualTo(String.join(",", GatheringCsv.COLUMNS));
		assertThat(api().get("/api/v1/imports/templates/networks-example.csv", null).text())
			.startsWith(String.join(",", NetworkCsv.COLUMNS));
		assertThat(api().get("/api/v1/imports/templates/passwords.csv", null).status()).isEqualTo(404);
	}

	/** A shipped example with this test's tag on every network name, so it does not meet other tests' data. */
	private String example(String name) {
		String csv = api().get("/api/v1/imports/templates/" + name + ".csv", null).text();
		return csv.replace("Breiclub De Steek", "Breiclub De Steek " + this.tag)
			.replace("Wilhelmina '08", "Wilhelmina '08 " + this.tag)
			.replace("De Knollebollen", "De Knollebollen " + this.tag);
	}

	private String network(String name) {
		Answer answer = api().post("/api/v1/networks", api().admin(), Map.of("name", name, "kind", "HOBBY"));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.id();
	}

	private Answer post(String path, String auth, String csv) {
		return api().postBytes(path, auth, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
	}

	private JsonNode await(String job, String auth) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			Answer answer = api().get("/api/v1/imports/" + job, auth);
			assertThat(answer.status()).as(answer.text()).isEqualTo(200);
			if (!answer.json().get("state").asString().equals("RUNNING")) {
				return answer.json();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import " + job + " did not finish in 60 s");
	}

	private static List<String> problems(Answer answer) {
		return answer.json().get("rows").valueStream()
			.map(row -> row.get("line").asInt() + " " + (row.get("column").isNull() ? "-" : row.get("column").asString()))
			.toList();
	}

}
