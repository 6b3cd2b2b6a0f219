package nl.mijnstad.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mijnstad.demo.DemoCityWriter;
import nl.mijnstad.demo.city.CityGenerator;
import nl.mijnstad.demo.city.CityPlan;
import nl.mijnstad.demo.city.DemoCity;
import nl.mijnstad.demo.city.DemoGathering;
import nl.mijnstad.demo.city.Scale;
import nl.mijnstad.security.Caller;
import nl.mijnstad.submission.Submissions;
import nl.mijnstad.vocabulary.Normaliser;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's bulk load builds the graph the normal path builds: a slice of the seeded city (its first
 * gatherings, their networks with all members, connectors and relations) loaded once as the demo loader does
 * (bulk import, then each gathering through {@link Submissions}) and once by {@link BenchCity}, into the same
 * fresh database one after the other, gives the same nodes, relationships, properties and gathering contents.
 */
class BenchCityIT {

	private static final int GATHERINGS = 12;

	@Test
	void bulkLoadEqualsTheSubmissionPath() throws Exception {
		Path dir = Path.of("target/bench-city-it");
		DemoCity slice = slice(new CityGenerator(new CityPlan(Scale.CITY, 2017)).generate());
		try (BenchDatabase database = BenchDatabase.fresh(dir.resolve("neo4j"), dir.resolve("no-plugins"));
				ConfigurableApplicationContext context = BenchService.start(database, dir.resolve("data"),
						new String[0])) {
			Normaliser normaliser = context.getBean(Normaliser.class);
			BenchCity city = new BenchCity(context.getBean(DemoCityWriter.class), normaliser, context.getBean(Driver.class));

			city.loadExceptGatherings(slice);
			Submissions submissions = context.getBean(Submissions.class);
			for (DemoGathering gathering : slice.gatherings()) {
				submissions.submit(gathering.networkId(), city.submission(gathering), "demo-" + gathering.id(),
						Caller.system());
			}
			GraphShape normal = GraphShape.of(database);
			wipe(database);
			city.load(slice);
			GraphShape bulkLoaded = GraphShape.of(database);

			assertThat(normal.gatherings()).hasSize(GATHERINGS);
			assertThat(bulkLoaded.labels()).isEqualTo(normal.labels());
			assertThat(bulkLoaded.relationships()).isEqualTo(normal.relationships());
			assertThat(bulkLoaded.properties()).isEqualTo(normal.properties());
			assertThat(bulkLoaded.gatherings()).isEqualTo(normal.gatherings());
		}
	}

	/** The first gatherings, their networks and everything those hold; other networks and people left out. */
	private static DemoCity slice(DemoCity city) {
		List<DemoGathering> gatherings = city.gatherings().subList(0, GATHERINGS);
		Set<String> networks = new HashSet<>();
		gatherings.forEach(g -> networks.add(g.networkId()));
		Set<String> people = new HashSet<>();
		city.memberships().stream().filter(m -> networks.contains(m.networkId())).forEach(m -> people.add(m.personId()));
		return new DemoCity(city.districts(),
				city.networks().stream().filter(n -> networks.contains(n.id())).toList(),
				city.people().stream().filter(p -> people.contains(p.id())).toList(),
				city.memberships().stream().filter(m -> networks.contains(m.networkId())).toList(),
				city.connectors().stream().filter(c -> networks.contains(c.networkId()) && people.contains(c.personId()))
					.toList(),
				city.relations().stream()
					.filter(r -> networks.contains(r.fromNetworkId()) && networks.contains(r.toNetworkId()))
					.toList(),
				gatherings);
	}

	/** Removes what a load wrote, keeping what the migrations put in every database. */
	private static void wipe(BenchDatabase database) {
		database.database().executeTransactionally("""
				MATCH (n) WHERE n:Network OR n:Person OR n:Gathering OR n:Value OR n:Spearhead OR n:Idea
				   OR n:SubmissionKey OR n:Contact OR n:Consent OR (n:District AND n.source = 'synthetic (demo city)')
				DETACH DELETE n""");
	}

	/**
	 * What a load wrote, without what differs by nature between two loads (generated ids of gatherings, ideas,
	 * contacts and consents; timestamps; the stored request hash).
	 *
	 * @param labels count per label
	 * @param relationships count per relationship type
	 * @param properties the property keys per label and per relationship type
	 * @param gatherings each gathering's contents, by idempotency key
	 */
	record GraphShape(Map<String, Long> labels, Map<String, Long> relationships, Map<String, List<String>> properties,
			List<String> gatherings) {

		static GraphShape of(BenchDatabase database) {
			Map<String, Long> labels = counts(database, "MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS n");
			Map<String, Long> relationships = counts(database, "MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n");
			Map<String, List<String>> properties = new java.util.TreeMap<>();
			database.database().executeTransactionally("""
					CALL () { MATCH (n) UNWIND labels(n) AS owner UNWIND keys(n) AS key RETURN owner, key
					          UNION MATCH ()-[r]->() UNWIND keys(r) AS key RETURN type(r) AS owner, key }
					RETURN owner, collect(DISTINCT key) AS keys""", Map.of(), result -> {
				result.forEachRemaining(row -> properties.put((String) row.get("owner"),
						((List<?>) row.get("keys")).stream().map(String::valueOf).sorted().toList()));
				return null;
			});
			List<String> gatherings = new ArrayList<>();
			database.database().executeTransactionally("""
					MATCH (k:SubmissionKey), (g:Gathering {id: k.gathering})-[:OF]->(n:Network)
					RETURN k.key AS key, n.id AS network, toString(g.heldOn) AS heldOn, g.participants AS participants,
					       g.submittedBy AS submittedBy,
					       COLLECT { MATCH (p:Person)-[:ATTENDED]->(g) RETURN p.id ORDER BY p.id } AS attendees,
					       COLLECT { MATCH (g)-[h:HOLDS]->(v:Value)
					                 RETURN v.key + '|' + v.label + '|' + h.wording + '|' + h.position ORDER BY h.position } AS values,
					       COLLECT { MATCH (g)-[r:PRIORITISES]->(s:Spearhead)
					                 RETURN r.rank + '|' + s.key + '|' + s.title + '|' + r.wording + '|'
					                        + coalesce(r.explanation, '') + '|' + reduce(t = '', v IN r.values | t + v + ',')
					                        + '|' + reduce(t = '', v IN COLLECT { MATCH (s)-[:SERVES]->(x:Value) RETURN x.key ORDER BY x.key } | t + v + ',')
					                 ORDER BY r.rank } AS spearheads,
					       COLLECT { MATCH (g)-[:PROPOSED]->(i:Idea)-[:FOR]->(s:Spearhead)
					                 RETURN s.key + '|' + i.title + '|' + coalesce(i.description, '') + '|' + i.status + '|'
					                        + i.position + '|'
					                        + reduce(t = '', c IN COLLECT { MATCH (p:Person)-[c:CARRIES]->(i) RETURN p.id + ':' + c.role ORDER BY p.id } | t + c + ',')
					                 ORDER BY s.key, i.position } AS ideas
					ORDER BY key""", Map.of(), result -> {
				result.forEachRemaining(row -> gatherings.add(row.toString()));
				return null;
			});
			return new GraphShape(labels, relationships, properties, gatherings);
		}

		private static Map<String, Long> counts(BenchDatabase database, String cypher) {
			Map<String, Long> counts = new java.util.TreeMap<>();
			database.database().executeTransactionally(cypher, Map.of(), result -> {
				result.forEachRemaining(row -> counts.put((String) row.get("key"), (Long) row.get("n")));
				return null;
			});
			return counts;
		}

	}

}
