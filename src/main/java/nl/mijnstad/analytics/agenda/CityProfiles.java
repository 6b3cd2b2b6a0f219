package nl.mijnstad.analytics.agenda;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.graph.CypherQueries;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Puts the city profile together from the snapshot's shared values, Schulze ranking and figures, with example ideas
 * read by the named query {@code agenda_example_ideas}; once per snapshot, on first request.
 */
@Component
class CityProfiles {

	private static final String EXAMPLE_IDEAS = CypherQueries.load("agenda_example_ideas");

	private final SharedValues values;

	private final SpearheadRankings rankings;

	private final CityFigures figures;

	private final Neo4jClient neo4j;

	private final AgendaProperties properties;

	CityProfiles(SharedValues values, SpearheadRankings rankings, CityFigures figures, Neo4jClient neo4j,
			AgendaProperties properties) {
		this.values = values;
		this.rankings = rankings;
		this.figures = figures;
		this.neo4j = neo4j;
		this.properties = properties;
	}

	CityProfile profile(Snapshot snapshot) {
		return SharedValues.views(snapshot, this.properties).get(CityProfile.class, () -> build(snapshot));
	}

	private CityProfile build(Snapshot snapshot) {
		GraphProjection projection = snapshot.projection();
		CityFigures.Figures figures = snapshot.part(this.figures.key(), () -> this.figures.compute(snapshot));
		List<CityProfile.Value> topValues = this.values.of(snapshot, AgendaFilter.EVERYTHING)
			.stream()
			.limit(this.properties.profileValues())
			.map(v -> new CityProfile.Value(v.label(), v.networks(), v.clusters(), v.meanAgreement()))
			.toList();
		List<CollectiveRanking.Entry> top = this.rankings
			.ranking(snapshot, null, SpearheadRankings.Method.SCHULZE, false)
			.ranking()
			.stream()
			.limit(this.properties.profileSpearheads())
			.toList();
		List<String> keys = top.stream().map(CollectiveRanking.Entry::key).toList();
		Map<String, List<String>> ideas = exampleIdeas(keys);
		Map<String, Integer> networks = networksPrioritising(projection, keys);
		List<CityProfile.Spearhead> spearheads = new ArrayList<>(top.size());
		for (CollectiveRanking.Entry entry : top) {
			spearheads.add(new CityProfile.Spearhead(entry.rank(), entry.tied(), entry.title(),
					entry.values().stream().map(CollectiveRanking.ValueRef::label).toList(),
					networks.getOrDefault(entry.key(), 0), ideas.getOrDefault(entry.key(), List.of())));
		}
		return new CityProfile(snapshot.computedAt(), figures.first(), figures.last(), figures.networks(),
				figures.people(), figures.gatherings(), topValues, List.copyOf(spearheads));
	}

	private Map<String, List<String>> exampleIdeas(List<String> spearheads) {
		if (spearheads.isEmpty() || this.properties.profileIdeas() == 0) {
			return Map.of();
		}
		Map<String, List<String>> ideas = new HashMap<>();
		this.neo4j.query(EXAMPLE_IDEAS)
			.bind(spearheads)
			.to("spearheads")
			.bind(this.properties.profileIdeas())
			.to("perSpearhead")
			.fetch()
			.all()
			.forEach(row -> {
				// The same idea proposed by two gatherings reads once.
				List<String> titles = ((List<?>) row.get("ideas")).stream().map(String::valueOf).toList();
				ideas.put((String) row.get("spearhead"), List.copyOf(new LinkedHashSet<>(titles)));
			});
		return ideas;
	}

	private static Map<String, Integer> networksPrioritising(GraphProjection projection, List<String> spearheads) {
		Map<String, BitSet> networks = new HashMap<>();
		spearheads.forEach(s -> networks.put(s, new BitSet()));
		for (GraphProjection.Gathering gathering : projection.gatherings()) {
			for (String spearhead : gathering.ranking()) {
				BitSet holders = networks.get(spearhead);
				if (holders != null) {
					holders.set(gathering.network());
				}
			}
		}
		Map<String, Integer> counts = new HashMap<>();
		networks.forEach((s, set) -> counts.put(s, set.cardinality()));
		return counts;
	}

}
