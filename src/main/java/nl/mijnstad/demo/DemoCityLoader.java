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
import nl.mijnstad.security.Accounts;
import nl.mijnstad.security.Caller;
import nl.mijnstad.security.Role;
import nl.mijnstad.submission.Submissions;

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

	private final Submissions submissions;

	private final Accounts accounts;

	private final Neo4jClient neo4j;

	private final DemoCityWriter writer;

	DemoCityLoader(DemoProperties properties, Submissions submissions, Accounts accounts, Neo4jClient neo4j,
			DemoCityWriter writer) {
		this.properties = properties;
		this.submissions = submissions;
		this.accounts = accounts;
		this.neo4j = neo4j;
		this.writer = writer;
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
		this.writer.writeExceptGatherings(city);
		for (DemoGathering gathering : city.gatherings()) {
			this.submissions.submit(gathering.networkId(), this.writer.submission(gathering), "demo-" + gathering.id(),
					Caller.system());
		}
		createAccounts(city);
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
