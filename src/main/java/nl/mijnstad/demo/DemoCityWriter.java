package nl.mijnstad.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.mijnstad.demo.city.DemoCity;
import nl.mijnstad.demo.city.DemoDistrict;
import nl.mijnstad.demo.city.DemoGathering;
import nl.mijnstad.network.BulkImport;
import nl.mijnstad.network.MembershipRole;
import nl.mijnstad.network.NetworkKind;
import nl.mijnstad.reference.AgeBands;
import nl.mijnstad.submission.GatheringSubmission;
import nl.mijnstad.submission.IdeaStatus;
import nl.mijnstad.vocabulary.Normaliser;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * How a generated city becomes graph data, in one place for the demo profile's loader and the benchmarks' bulk
 * loader: everything before the gatherings in UNWIND batches, and each gathering as the submission a holder would
 * make. Only how the gatherings are written differs between the two (the submission path, or its statement raw).
 */
@Component
public class DemoCityWriter {

	private final BulkImport bulk;

	private final Neo4jClient neo4j;

	private final Normaliser normaliser;

	DemoCityWriter(BulkImport bulk, Neo4jClient neo4j, Normaliser normaliser) {
		this.bulk = bulk;
		this.neo4j = neo4j;
		this.normaliser = normaliser;
	}

	/** Districts, networks, people, memberships, connectors and relations: what comes before any gathering. */
	public void writeExceptGatherings(DemoCity city) {
		this.neo4j.query("""
				UNWIND $rows AS row
				MERGE (d:District {code: row.code})
				ON CREATE SET d.name = row.name, d.population = row.population, d.source = 'synthetic (demo city)'
				SET d += row.ageBands""")
			.bind(city.districts().stream().map(DemoCityWriter::district).toList()).to("rows").run();
		this.bulk.networks(city.networks().stream()
			.map(n -> new BulkImport.NetworkRow(n.id(), n.name(), NetworkKind.valueOf(n.kind()), n.description(),
					n.districtCodes()))
			.toList());
		this.bulk.people(city.people().stream()
			.map(p -> new BulkImport.PersonRow(p.id(), p.displayName(), p.birthYear(), p.districtCode(), p.email(),
					p.phone(), p.panelConsent(), p.contactConsent()))
			.toList());
		this.bulk.memberships(city.memberships().stream()
			.map(m -> new BulkImport.MembershipRow(m.personId(), m.networkId(), MembershipRole.valueOf(m.role()),
					m.since()))
			.toList());
		this.bulk.connectors(city.connectors().stream()
			.map(c -> new BulkImport.LinkRow(c.personId(), "CONNECTS", c.networkId()))
			.toList());
		this.bulk.relations(city.relations().stream()
			.map(r -> new BulkImport.LinkRow(r.fromNetworkId(), r.type(), r.toNetworkId()))
			.toList());
	}

	private static Map<String, Object> district(DemoDistrict district) {
		Map<String, Object> bands = new HashMap<>();
		district.ageBands().forEach((band, count) -> bands.put(AgeBands.districtProperty(band), count));
		return Map.of("code", district.code(), "name", district.name(), "population", district.population(),
				"ageBands", bands);
	}

	/**
	 * The generator words values freely; wordings that the vocabulary takes as one (synonyms, plurals) are
	 * merged here, as a holder would, because the API rightly refuses the same value twice in one gathering.
	 */
	public GatheringSubmission submission(DemoGathering gathering) {
		Map<String, String> values = new LinkedHashMap<>();
		gathering.values().forEach(wording -> values.putIfAbsent(this.normaliser.key(wording), wording));
		Map<String, GatheringSubmission.Spearhead> spearheads = new LinkedHashMap<>();
		for (var spearhead : gathering.spearheads()) {
			List<String> served = spearhead.values()
				.stream()
				.map(wording -> values.get(this.normaliser.key(wording)))
				.filter(Objects::nonNull)
				.distinct()
				.toList();
			spearheads.putIfAbsent(this.normaliser.key(spearhead.title()),
					new GatheringSubmission.Spearhead(spearhead.title(), spearhead.explanation(), served,
							spearhead.ideas()
								.stream()
								.map(i -> new GatheringSubmission.Idea(i.title(), i.description(),
										IdeaStatus.valueOf(i.status()), i.initiatorPersonIds()))
								.toList()));
		}
		return new GatheringSubmission(gathering.heldOn(), gathering.participants(), gathering.attendeePersonIds(),
				List.copyOf(values.values()), List.copyOf(spearheads.values()));
	}

}
