package nl.mijnstad.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.mijnstad.Api.Answer;
import nl.mijnstad.IntegrationTest;
import nl.mijnstad.graph.CypherQueries;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Record;

/**
 * Runs every file of {@code cypher/queries/} as an analyst would in Neo4j Browser, and checks its result on a
 * small city of our own built through the API. The convention each file follows: its header comment declares
 * every parameter the query uses as {@code :param name => <Cypher expression>} (several may share a line), which
 * is what Browser needs to run it as it is. The test evaluates those expressions with Cypher, runs the query with
 * them, then runs it again with parameters pointing at the fixture and checks the answer. A new file without a
 * check here fails the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryLibraryIT extends IntegrationTest {

	static final Path QUERIES = Path.of("cypher/queries");

	private static final Pattern PARAM = Pattern.compile(":param\\s+(\\w+)\\s*=>\\s*(.+?)(?=\\s+:param\\s|$)");

	/** Browser's other form, {@code :param {a: 1, b: 'x'}}: every entry of the map is a parameter. */
	private static final Pattern PARAM_MAP = Pattern.compile(":param\\s+(\\{.*})\\s*$");

	private static final Pattern USED = Pattern.compile("\\$(\\w+)");

	/** Nonsense words, so nothing else in the shared database matches our fixture. */
	final String tag = "qlib" + Integer.toString(new Random().nextInt(1 << 30), 36);

	String zwoffel; // reached, shares a member with each of the others but cold

	String krimbel; // reached

	String plonter; // unreached, one member also in zwoffel: a warm path

	String gnarp; // unreached, no one in common with anyone: cold

	String blorp; // a person in zwoffel and plonter

	String value1;

	String value2;

	String spearhead1;

	String spearhead2;

	final Map<String, Consumer<List<Record>>> checks = new LinkedHashMap<>();

	final Map<String, Map<String, Object>> fixtureParameters = new HashMap<>();

	@BeforeAll
	void buildTheFixture() {
		this.zwoffel = network("Zwoffel " + this.tag);
		this.krimbel = network("Krimbel " + this.tag);
		this.plonter = network("Plonter " + this.tag);
		this.gnarp = network("Gnarp " + this.tag);
		this.blorp = api().member(this.zwoffel, "Blorp " + this.tag, "WK079601");
		String quib = api().member(this.zwoffel, "Quib " + this.tag, "WK079601");
		api().member(this.zwoffel, "Fnord " + this.tag, null);
		api().member(this.krimbel, "Snerk " + this.tag, null);
		api().member(this.gnarp, "Wubble " + this.tag, null);
		join(this.plonter, this.blorp);
		join(this.krimbel, quib);

		Answer first = gathering(this.zwoffel, List.of("Vlimmel" + this.tag, "Trossel" + this.tag), List.of(
				Map.of("title", "Spleeg " + this.tag, "values", List.of("Vlimmel" + this.tag), "ideas",
						List.of(Map.of("title", "Plof " + this.tag, "status", "DONE"),
								Map.of("title", "Zork " + this.tag, "status", "PLANNED"))),
				Map.of("title", "Grommel " + this.tag, "values", List.of("Trossel" + this.tag))));
		this.value1 = first.json().get("values").get(0).get("key").asString();
		this.value2 = first.json().get("values").get(1).get("key").asString();
		this.spearhead1 = first.json().get("spearheads").get(0).get("key").asString();
		this.spearhead2 = first.json().get("spearheads").get(1).get("key").asString();
		gathering(this.krimbel, List.of("Vlimmel" + this.tag), List.of(Map.of("title", "Spleeg " + this.tag,
				"values", List.of("Vlimmel" + this.tag), "ideas", List.of(Map.of("title", "Kwak " + this.tag)))));
		defineChecks();
	}

	private void defineChecks() {
		check("shared_values", Map.of("minNetworks", 2), rows -> {
			List<Record> ours = rows.stream()
				.filter(r -> Set.of(this.value1, this.value2).contains(r.get("value").asString()))
				.toList();
			assertThat(ours).extracting(r -> r.get("value").asString()).containsExactly(this.value1);
			Record row = ours.get(0);
			assertThat(row.get("networks").asInt()).isEqualTo(2);
			assertThat(row.get("gatherings").asInt()).isEqualTo(2);
		});
		check("overlapping_networks", Map.of("minShared", 1, "limit", 100_000), rows -> {
			List<Record> pairs = rows.stream()
				.filter(r -> r.get("networkA").asString().endsWith(this.tag))
				.toList();
			assertThat(pairs).extracting(r -> Set.of(r.get("a").asString(), r.get("b").asString()))
				.containsExactlyInAnyOrder(Set.of(this.zwoffel, this.plonter), Set.of(this.zwoffel, this.krimbel));
			// zwoffel has 3 members and plonter 1; they share 1: Jaccard 1 / 3
			Record zp = pairs.stream().filter(r -> Set.of(r.get("a").asString(), r.get("b").asString())
				.contains(this.plonter)).findFirst().orElseThrow();
			assertThat(zp.get("shared").asInt()).isEqualTo(1);
			assertThat(zp.get("jaccard").asDouble()).isEqualTo(0.333);
		});
		check("unreached_warm_paths", Map.of("limit", 100_000), rows -> {
			List<Record> ours = mine(rows, "network");
			assertThat(ours).extracting(r -> r.get("id").asString()).containsExactly(this.plonter);
			assertThat(ours.get(0).get("bridges").asInt()).isEqualTo(1);
			assertThat(ours.get(0).get("via").asList(v -> v.asString())).containsExactly("Zwoffel " + this.tag);
		});
		check("ideas_per_value", Map.of("value", this.value1), rows -> {
			assertThat(rows).hasSize(1);
			Record row = rows.get(0);
			assertThat(row.get("ideas").asInt()).isEqualTo(3);
			assertThat(row.get("done").asInt()).isEqualTo(1);
			// Zork is PLANNED, or RUNNING once the status-change check (which runs first) has moved it on.
			assertThat(row.get("planned").asInt()).isBetween(1, 2);
			assertThat(row.get("examples").asList(v -> v.asString()).get(0)).isEqualTo("Plof " + this.tag);
		});
		check("opendata_ideas", Map.of("since", "2000-01-01"), rows -> {
			List<Record> ours = mine(rows, "title");
			assertThat(ours).extracting(r -> r.get("title").asString() + "@" + r.get("network").asString())
				.containsExactlyInAnyOrder("Plof " + this.tag + "@" + this.zwoffel, "Zork " + this.tag + "@" + this.zwoffel,
						"Kwak " + this.tag + "@" + this.krimbel);
			assertThat(ours).allSatisfy(r -> assertThat(r.get("spearhead").asString()).isEqualTo(this.spearhead1));
			assertThat(rows.get(0).keys()).doesNotContain("description", "initiators", "email");
		});
		check("agenda_example_ideas", Map.of("spearheads", List.of(this.spearhead1), "perSpearhead", 1), rows -> {
			assertThat(rows).hasSize(1);
			assertThat(rows.get(0).get("ideas").asList(v -> v.asString())).containsExactly("Plof " + this.tag);
		});
		check("analytics_projection", Map.of(), rows -> {
			assertThat(rows.stream().filter(r -> r.get("row").asString().equals("network"))
				.map(r -> r.get("id").asString())).contains(this.zwoffel, this.krimbel, this.plonter, this.gnarp);
			assertThat(rows.stream().filter(r -> r.get("row").asString().equals("person")
					&& r.get("id").asString().equals(this.blorp)).flatMap(r -> r.get("list").asList(v -> v.asString()).stream()))
				.containsExactlyInAnyOrder(this.zwoffel, this.plonter);
			assertThat(rows).noneSatisfy(r -> assertThat(String.valueOf(r.get("text"))).contains("@example.org"));
		});
		check("analytics_signature", Map.of(), rows -> {
			assertThat(rows).hasSize(1);
			List<Long> signature = rows.get(0).get("signature").asList(v -> v.asLong());
			assertThat(signature).hasSize(12);
			assertThat(signature.get(0)).isEqualTo(count("MATCH (g:Gathering) RETURN count(g)"));
		});
		check("district_municipalities", Map.of(), rows -> {
			assertThat(rows.stream().filter(r -> r.get("code").asString().equals("WK079601")))
				.singleElement()
				.satisfies(r -> assertThat(r.get("municipality").isNull() || !r.get("municipality").asString().isEmpty()).isTrue());
		});
		Map<String, Object> box = new HashMap<>();
		for (String filter : List.of("status", "spearhead", "value", "district", "ids")) {
			box.put(filter, null);
		}
		box.put("network", this.zwoffel);
		box.put("skip", 0);
		box.put("limit", 20);
		check("ideas_box", box, rows -> {
			assertThat(rows).singleElement().satisfies(r -> {
				assertThat(r.get("total").asLong()).isEqualTo(2);
				assertThat(r.get("items").asList(item -> item.get("title").asString()))
					.containsExactlyInAnyOrder("Plof " + this.tag, "Zork " + this.tag);
			});
		});
		// Spleeg's ideas: Plof (DONE), Zork and Kwak (PLANNED; Zork may have moved on to RUNNING in the
		// status-change check, which runs first), over both gatherings.
		check("ideas_progress_by_spearhead", Map.of(), rows -> assertThat(rows.stream()
			.filter(r -> r.get("key").asString().equals(this.spearhead1))).singleElement().satisfies(r -> {
				assertThat(r.get("ideas").asLong()).isEqualTo(3);
				assertThat(r.get("done").asLong()).isEqualTo(1);
				assertThat(r.get("planned").asLong() + r.get("running").asLong()).isEqualTo(2);
			}));
		check("ideas_progress_by_value", Map.of(), rows -> assertThat(rows.stream()
			.filter(r -> r.get("key").asString().equals(this.value1))).singleElement().satisfies(r -> {
				assertThat(r.get("ideas").asLong()).isEqualTo(3);
				assertThat(r.get("done").asLong()).isEqualTo(1);
			}));
		check("ideas_signature", Map.of(), rows -> assertThat(rows.get(0).get("signature").get(0).asLong())
			.isEqualTo(count("MATCH (i:Idea) RETURN count(i)")));
		check("ideas_text", Map.of(), rows -> assertThat(rows.stream()
			.filter(r -> r.get("title").asString().equals("Plof " + this.tag))).singleElement()
			.satisfies(r -> assertThat(r.get("network").asString()).isEqualTo(this.zwoffel)));
		String zork;
		try (var session = this.driver.session()) {
			zork = session.run("MATCH (i:Idea {title: $t}) RETURN i.id AS id", Map.of("t", "Zork " + this.tag))
				.single().get("id").asString();
		}
		String change = java.util.UUID.randomUUID().toString();
		Map<String, Object> status = new HashMap<>(Map.of("id", zork, "from", "PLANNED", "to", "RUNNING", "changeId",
				change, "on", java.time.LocalDate.of(2017, 2, 1), "by", "qlib"));
		status.put("note", "begonnen");
		check("idea_status_change", status, rows -> {
			assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("id").asString()).isEqualTo(change));
			assertThat(count("MATCH (i:Idea {id: $id, status: 'RUNNING'})-[:CHANGED]->(:StatusChange {id: $c}) "
					+ "RETURN count(*)", "id", zork, "c", change)).isOne();
		});
		String valueMerge = java.util.UUID.randomUUID().toString();
		check("vocabulary_merge_values",
				Map.of("from", this.value2, "into", this.value1, "mergeId", valueMerge, "by", "qlib"), rows -> {
					assertThat(rows).singleElement()
						.satisfies(r -> assertThat(r.get("id").asString()).isEqualTo(valueMerge));
					assertThat(count("MATCH (v:Value {key: $k}) RETURN count(v)", "k", this.value2)).isZero();
					assertThat(count("MATCH (:Gathering)-[:HOLDS]->(:Value {key: $k}) RETURN count(*)", "k",
							this.value1)).isEqualTo(2);
				});
		String spearheadMerge = java.util.UUID.randomUUID().toString();
		check("vocabulary_merge_spearheads",
				Map.of("from", this.spearhead2, "into", this.spearhead1, "mergeId", spearheadMerge, "by", "qlib"),
				rows -> {
					assertThat(rows).singleElement()
						.satisfies(r -> assertThat(r.get("id").asString()).isEqualTo(spearheadMerge));
					assertThat(count("MATCH (s:Spearhead {key: $k}) RETURN count(s)", "k", this.spearhead2)).isZero();
				});
		check("person_display_names", Map.of("ids", List.of(this.blorp)), rows -> {
			assertThat(rows).singleElement()
				.satisfies(r -> assertThat(r.get("displayName").asString()).isEqualTo("Blorp " + this.tag));
			assertThat(rows.get(0).keys()).containsExactly("id", "displayName");
		});
	}

	@Test
	void everyFileHasACheck() throws IOException {
		assertThat(this.checks.keySet()).containsExactlyInAnyOrderElementsOf(names());
	}

	@TestFactory
	Stream<DynamicTest> everyQueryRunsAsItIsAndAnswersForTheFixture() throws IOException {
		return names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
			String text = Files.readString(QUERIES.resolve(name + ".cypher"), StandardCharsets.UTF_8);
			Map<String, Object> header = headerParameters(text);
			assertThat(header.keySet()).as("parameters declared with :param in the header of %s", name)
				.isEqualTo(used(text));
			String query = CypherQueries.load(name);
			run(query, header); // as an analyst runs it in Browser, with the header's values
			Map<String, Object> parameters = this.fixtureParameters.get(name);
			assertThat(parameters).as("a check for %s in QueryLibraryIT", name).isNotNull();
			assertThat(parameters.keySet()).as("the fixture's parameters for %s", name).isEqualTo(header.keySet());
			this.checks.get(name).accept(run(query, parameters));
		}));
	}

	/** The {@code :param} declarations of the header, each value evaluated as Cypher, as Browser does. */
	Map<String, Object> headerParameters(String text) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (String line : text.lines().takeWhile(line -> line.startsWith("//")).toList()) {
			Matcher map = PARAM_MAP.matcher(line);
			if (map.find()) {
				try (var session = this.driver.session()) {
					parameters.putAll(session.run("RETURN " + map.group(1) + " AS value").single().get("value").asMap());
				}
				continue;
			}
			Matcher matcher = PARAM.matcher(line);
			while (matcher.find()) {
				try (var session = this.driver.session()) {
					parameters.put(matcher.group(1),
							session.run("RETURN " + matcher.group(2).strip() + " AS value").single().get("value").asObject());
				}
			}
		}
		return parameters;
	}

	/** The parameters the query itself uses (outside comments). */
	static Set<String> used(String text) {
		Set<String> used = new TreeSet<>();
		text.lines().filter(line -> !line.strip().startsWith("//")).forEach(line -> {
			Matcher matcher = USED.matcher(line);
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		});
		return used;
	}

	static List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(QUERIES)) {
			return files.map(path -> path.getFileName().toString())
				.filter(file -> file.endsWith(".cypher"))
				.map(file -> file.substring(0, file.length() - ".cypher".length()))
				.sorted()
				.toList();
		}
	}

	private List<Record> run(String query, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.run(query, parameters).list();
		}
	}

	private void check(String name, Map<String, Object> parameters, Consumer<List<Record>> check) {
		this.fixtureParameters.put(name, parameters);
		this.checks.put(name, check);
	}

	private List<Record> mine(List<Record> rows, String column) {
		return rows.stream().filter(r -> r.get(column).asString().contains(this.tag.substring(4))).toList();
	}

	private String network(String name) {
		Answer answer = api().post("/api/v1/networks", api().admin(),
				Map.of("name", name, "kind", "HOBBY", "districts", List.of("WK079601")));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.id();
	}

	private void join(String network, String person) {
		Answer answer = api().post("/api/v1/networks/" + network + "/members", api().admin(), Map.of("personId", person));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
	}

	private Answer gathering(String network, List<String> values, List<Map<String, Object>> spearheads) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("heldOn", "2017-01-03");
		body.put("participants", 12);
		body.put("values", values);
		body.put("spearheads", new ArrayList<>(spearheads));
		Answer answer = api().post("/api/v1/networks/" + network + "/gatherings", api().admin(), body);
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer;
	}

}
