package nl.mijnstad.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.mijnstad.demo.city.CityGenerator;
import nl.mijnstad.demo.city.CityPlan;
import nl.mijnstad.demo.city.DemoCity;
import nl.mijnstad.demo.city.DemoGathering;
import nl.mijnstad.demo.city.Scale;
import nl.mijnstad.network.BulkImport;
import nl.mijnstad.network.MembershipRole;
import nl.mijnstad.network.NetworkKind;
import nl.mijnstad.security.Accounts;
import nl.mijnstad.security.Caller;
import nl.mijnstad.security.Role;
import nl.mijnstad.submission.GatheringSubmission;
import nl.mijnstad.submission.IdeaStatus;
import nl.mijnstad.submission.Submissions;
import nl.mijnstad.vocabulary.Normaliser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads the synthetic city on the first start of the {@code demo} profile, and on every start prints the demo
 * accounts. Networks and people go in through the bulk import, gatherings through the very submission path
 * the API uses (each with an idempotency key), so a load interrupted halfway completes on the next start.
 */
@Component
@Profile("demo")
class DemoCityLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCityLoader.class);

	private final DemoProperties properties;

	private final BulkImport bulk;

	private final Submissions submissions;

	private final Accounts accounts;

	private final Neo4jClient neo4j;

	private final Normaliser normaliser;

	DemoCityLoader(DemoProperties properties, BulkImport bulk, Submissions submissions, Accounts accounts,
			Neo4jClient neo4j, Normaliser normaliser) {
		this.properties = properties;
		this.bulk = bulk;
		this.submissions = submissions;
		this.accounts = accounts;
		this.neo4j = neo4j;
		this.normaliser = normaliser;
	}

	@Override
	public void run(ApplicationArguments args) {
		CityPlan plan = new CityPlan(Scale.parse(this.properties.scale()), this.properties.seed());
		if (loaded(plan)) {
			log.info("The demo city ({}, seed {}) is loaded already", plan.scale(), plan.seed());
		}
		else {
			long started = System.nanoTime();
			DemoCity city = new CityGenerator(plan).generate();
			load(city);
			this.neo4j.query("MERGE (d:DemoCity {scale: $scale, seed: $seed}) SET d.loadedAt = datetime()")
				.bind(plan.scale().name()).to("scale").bind(plan.seed()).to("seed").run();
			log.info("Loaded the demo city ({}, seed {}): {} networks, {} people, {} gatherings in {} s", plan.scale(),
					plan.seed(), city.networks().size(), city.people().size(), city.gatherings().size(),
					Duration.ofNanos(System.nanoTime() - started).toSeconds());
		}
		printAccounts();
	}

	private boolean loaded(CityPlan plan) {
		return this.neo4j.query("RETURN EXISTS { (:DemoCity {scale: $scale, seed: $seed}) }")
			.bind(plan.scale().name()).to("scale").bind(plan.seed()).to("seed")
			.fetchAs(Boolean.class).one().orElse(false);
	}

	/** Writes the city; public to the package so benchmarks and tests can load other scales. */
	void load(DemoCity city) {
		this.neo4j.query("""
				UNWIND $rows AS row
				MERGE (d:District {code: row.code})
				ON CREATE SET d.name = row.name, d.population = row.population, d.source = 'synthetic (demo city)'
				SET d += row.ageBands""")
			.bind(city.districts().stream().map(DemoCityLoader::district).toList()).to("rows").run();
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
		for (DemoGathering gathering : city.gatherings()) {
			this.submissions.submit(gathering.networkId(), submission(gathering), "demo-" + gathering.id(),
					Caller.system());
		}
		createAccounts(city);
	}

	private static java.util.Map<String, Object> district(nl.mijnstad.demo.city.DemoDistrict district) {
		java.util.Map<String, Object> bands = new java.util.HashMap<>();
		district.ageBands().forEach((band, count) -> bands.put(ageProperty(band), count));
		return java.util.Map.of("code", district.code(), "name", district.name(), "population", district.population(),
				"ageBands", bands);
	}

	/** Age bands are stored as properties {@code age_0_14} … {@code age_65_plus} on the district. */
	static String ageProperty(String band) {
		return nl.mijnstad.reference.AgeBands.districtProperty(band);
	}

	/**
	 * The generator words values freely; wordings that the vocabulary takes as one (synonyms, plurals) are
	 * merged here, as a holder would, because the API rightly refuses the same value twice in one gathering.
	 */
	GatheringSubmission submission(DemoGathering gathering) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		gathering.values().forEach(wording -> values.putIfAbsent(this.normaliser.key(wording), wording));
		java.util.Map<String, GatheringSubmission.Spearhead> spearheads = new java.util.LinkedHashMap<>();
		for (var spearhead : gathering.spearheads()) {
			List<String> served = spearhead.values()
				.stream()
				.map(wording -> values.get(this.normaliser.key(wording)))
				.filter(java.util.Objects::nonNull)
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

	private void createAccounts(DemoCity city) {
		// The holder holds a few networks that submitted and one that did not yet.
		Set<String> reached = new java.util.LinkedHashSet<>();
		city.gatherings().forEach(g -> reached.add(g.networkId()));
		List<String> held = new ArrayList<>(reached.stream().limit(3).toList());
		city.networks().stream().map(n -> n.id()).filter(id -> !reached.contains(id)).findFirst().ifPresent(held::add);
		String password = this.properties.password();
		this.accounts.createIfAbsent("holder", password, Set.of(Role.NETWORK_HOLDER), Set.copyOf(held));
		this.accounts.createIfAbsent("connector", password, Set.of(Role.CONNECTOR), Set.of());
		this.accounts.createIfAbsent("policymaker", password, Set.of(Role.POLICYMAKER), Set.of());
		this.accounts.createIfAbsent("paneladmin", password, Set.of(Role.PANEL_ADMIN), Set.of());
	}

	private void printAccounts() {
		log.warn("""
				Demo accounts (demo profile only; password '{}'): holder (network holder), connector, \
				policymaker, paneladmin. The admin account is 'admin'.""", this.properties.password());
	}

}
