package nl.mijnstad.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import nl.mijnstad.demo.city.DemoCity;
import nl.mijnstad.demo.city.DemoDistrict;
import nl.mijnstad.demo.city.DemoGathering;
import nl.mijnstad.demo.city.DemoSpearhead;
import nl.mijnstad.network.BulkImport;
import nl.mijnstad.network.MembershipRole;
import nl.mijnstad.network.NetworkKind;
import nl.mijnstad.reference.AgeBands;
import nl.mijnstad.security.Caller;
import nl.mijnstad.submission.GatheringSubmission;
import nl.mijnstad.submission.IdeaStatus;
import nl.mijnstad.submission.RawSubmissionWriter;
import nl.mijnstad.vocabulary.Normaliser;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Loads a generated demo city in minutes, even at national scale, into a running service's database: the same
 * graph the demo profile's loader writes, without its one-gathering-at-a-time pace. Districts in one UNWIND;
 * networks, people, memberships, connectors and relations through the service's own {@link BulkImport} (UNWIND
 * batches of 5,000); every gathering with the submission path's own statement and parameters
 * ({@link RawSubmissionWriter}: {@code GatheringRepository.WRITE} on a {@code SubmissionPlan}), from one
 * session instead of through HTTP one by one. The idempotency keys are the loader's
 * ({@code system} + {@code demo-<gathering id>}); only the stored request hash differs.
 */
final class BenchCity {

	/**
	 * Sessions writing gatherings at once. One: concurrent writers MERGE the same values and spearheads, deadlock,
	 * and the driver's retries back off for seconds (a city took 70 s with four); one session writes 400/s.
	 */
	static final int WRITERS = 1;

	private final BulkImport bulk;

	private final Normaliser normaliser;

	private final Driver driver;

	private final AtomicInteger gatheringsWritten = new AtomicInteger();

	BenchCity(BulkImport bulk, Normaliser normaliser, Driver driver) {
		this.bulk = bulk;
		this.normaliser = normaliser;
		this.driver = driver;
	}

	/** Gatherings written so far, for the progress line. */
	int gatheringsWritten() {
		return this.gatheringsWritten.get();
	}

	void load(DemoCity city) throws Exception {
		loadExceptGatherings(city);
		gatherings(city.gatherings());
	}

	/** Districts, networks, people, memberships, connectors and relations: what comes before any gathering. */
	void loadExceptGatherings(DemoCity city) {
		districts(city.districts());
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

	private void districts(List<DemoDistrict> districts) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DemoDistrict district : districts) {
			Map<String, Object> bands = new HashMap<>();
			district.ageBands().forEach((band, count) -> bands.put(AgeBands.districtProperty(band), count));
			rows.add(Map.of("code", district.code(), "name", district.name(), "population", district.population(),
					"ageBands", bands));
		}
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run("""
					UNWIND $rows AS row
					MERGE (d:District {code: row.code})
					ON CREATE SET d.name = row.name, d.population = row.population, d.source = 'synthetic (demo city)'
					SET d += row.ageBands""", Map.of("rows", rows)).consume());
		}
	}

	private void gatherings(List<DemoGathering> gatherings) throws Exception {
		RawSubmissionWriter raw = new RawSubmissionWriter(this.normaliser);
		String submitter = Caller.system().username();
		AtomicInteger next = new AtomicInteger();
		try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
			List<Future<?>> running = new ArrayList<>();
			for (int w = 0; w < WRITERS; w++) {
				running.add(writers.submit(() -> {
					try (Session session = this.driver.session()) {
						for (int i = next.getAndIncrement(); i < gatherings.size(); i = next.getAndIncrement()) {
							DemoGathering gathering = gatherings.get(i);
							Map<String, Object> parameters = raw.parameters(gathering.networkId(), submission(gathering),
									submitter, "demo-" + gathering.id());
							if (!RawSubmissionWriter.write(session, parameters)) {
								throw new IllegalStateException("The guard refused demo gathering " + gathering.id());
							}
							this.gatheringsWritten.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> writer : running) {
				writer.get();
			}
		}
	}

	/**
	 * The submission a holder would make of a generated gathering. Wordings the vocabulary takes as one are merged,
	 * as the demo loader does ({@code DemoCityLoader.submission}, private to its module), because the submission
	 * path rightly refuses the same value twice in one gathering.
	 */
	GatheringSubmission submission(DemoGathering gathering) {
		Map<String, String> values = new LinkedHashMap<>();
		gathering.values().forEach(wording -> values.putIfAbsent(this.normaliser.key(wording), wording));
		Map<String, GatheringSubmission.Spearhead> spearheads = new LinkedHashMap<>();
		for (DemoSpearhead spearhead : gathering.spearheads()) {
			List<String> served = spearhead.values()
				.stream()
				.map(wording -> values.get(this.normaliser.key(wording)))
				.filter(Objects::nonNull)
				.distinct()
				.toList();
			List<GatheringSubmission.Idea> ideas = spearhead.ideas()
				.stream()
				.map(i -> new GatheringSubmission.Idea(i.title(), i.description(), IdeaStatus.valueOf(i.status()),
						i.initiatorPersonIds()))
				.toList();
			spearheads.putIfAbsent(this.normaliser.key(spearhead.title()),
					new GatheringSubmission.Spearhead(spearhead.title(), spearhead.explanation(), served, ideas));
		}
		return new GatheringSubmission(gathering.heldOn(), gathering.participants(), gathering.attendeePersonIds(),
				List.copyOf(values.values()), List.copyOf(spearheads.values()));
	}

}
