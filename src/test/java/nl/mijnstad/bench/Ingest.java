package nl.mijnstad.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import nl.mijnstad.Api;
import nl.mijnstad.submission.GatheringSubmission;
import nl.mijnstad.submission.RawSubmissionWriter;
import nl.mijnstad.vocabulary.Normaliser;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import tools.jackson.databind.json.JsonMapper;

/**
 * The ingest workload: eight network holders, each with an account, a bearer token and fifty networks of its
 * own that have members, submitting realistic gatherings; and the same workload written raw through the driver.
 * Every submission carries a fresh Idempotency-Key, as a careful client sends, and so does every raw write.
 */
final class Ingest {

	static final int CLIENTS = 8;

	static final int NETWORKS_PER_CLIENT = 50;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private final int port;

	private final List<Holder> holders;

	private final SubmissionFactory.Vocabulary vocabulary;

	private final Normaliser normaliser;

	private final RawSubmissionWriter raw;

	private final List<RawClient> rawClients = new ArrayList<>();

	private final long seed;

	private int generation;

	/** A holder: its account, token and networks. */
	record Holder(String username, String token, List<SubmissionFactory.Target> targets) {
	}

	private Ingest(int port, List<Holder> holders, SubmissionFactory.Vocabulary vocabulary, Normaliser normaliser,
			Driver driver, long seed) {
		this.port = port;
		this.holders = holders;
		this.vocabulary = vocabulary;
		this.normaliser = normaliser;
		this.raw = new RawSubmissionWriter(normaliser);
		this.seed = seed;
		for (int c = 0; c < holders.size(); c++) {
			this.rawClients.add(new RawClient(holders.get(c), driver.session(), factory(c)));
		}
	}

	static Ingest prepare(Api api, int port, BenchDatabase database, Driver driver, Normaliser normaliser, long seed) {
		String run = Long.toString(System.currentTimeMillis(), 36);
		List<SubmissionFactory.Target> targets = database.database().executeTransactionally("""
				MATCH (n:Network) WHERE COUNT { (n)<-[:MEMBER_OF]-(:Person) } >= 3
				WITH n ORDER BY n.id LIMIT $limit
				CALL (n) {
				  MATCH (p:Person)-[:MEMBER_OF]->(n)
				  WITH p ORDER BY p.id LIMIT 12
				  RETURN collect(p.id) AS members
				}
				RETURN n.id AS id, members""", Map.of("limit", CLIENTS * NETWORKS_PER_CLIENT), result -> {
			List<SubmissionFactory.Target> found = new ArrayList<>();
			result.forEachRemaining(row -> found.add(new SubmissionFactory.Target((String) row.get("id"),
					((List<?>) row.get("members")).stream().map(String.class::cast).toList())));
			return found;
		});
		if (targets.size() < CLIENTS) {
			throw new IllegalStateException("Too few networks with members for " + CLIENTS + " clients: " + targets.size());
		}
		SubmissionFactory.Vocabulary vocabulary = new SubmissionFactory.Vocabulary(
				strings(database, "MATCH (v:Value) RETURN v.label AS wording ORDER BY v.key"),
				strings(database, "MATCH (s:Spearhead) RETURN s.title AS wording ORDER BY s.key"),
				strings(database, "MATCH (i:Idea) RETURN DISTINCT i.title AS wording ORDER BY wording LIMIT 1000"));
		List<Holder> holders = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			List<SubmissionFactory.Target> own = new ArrayList<>();
			for (int t = c; t < targets.size(); t += CLIENTS) {
				own.add(targets.get(t));
			}
			// Unique per run: a reused database (-Dbench.reuse) still holds the accounts of earlier runs.
			String username = "bench-holder-" + c + "-" + run;
			String password = "bench-password-" + c + "-" + seed;
			Map<String, Object> account = new LinkedHashMap<>();
			account.put("username", username);
			account.put("password", password);
			account.put("roles", List.of("NETWORK_HOLDER"));
			account.put("networks", own.stream().map(SubmissionFactory.Target::networkId).toList());
			Api.Answer created = api.post("/api/v1/accounts", api.admin(), account);
			if (created.status() != 201) {
				throw new IllegalStateException("Could not create " + username + ": " + created.text());
			}
			Api.Answer issued = api.post("/api/v1/tokens", Api.basic(username, password), "");
			if (issued.status() != 201) {
				throw new IllegalStateException("Could not get a token for " + username + ": " + issued.text());
			}
			holders.add(new Holder(username, Api.bearer(issued.json().get("token").asString()), own));
		}
		return new Ingest(port, holders, vocabulary, normaliser, driver, seed);
	}

	private static List<String> strings(BenchDatabase database, String cypher) {
		return database.database().executeTransactionally(cypher, Map.of(), result -> {
			List<String> found = new ArrayList<>();
			result.forEachRemaining(row -> found.add((String) row.get("wording")));
			return found;
		});
	}

	private SubmissionFactory factory(int client) {
		return new SubmissionFactory(this.holders.get(client).targets(), this.vocabulary, this.normaliser::key,
				this.seed * 31 + client * 1_000_003L + (this.generation++));
	}

	/** Fresh API clients, one per holder. */
	List<Load.Client> apiClients() {
		List<Load.Client> clients = new ArrayList<>();
		for (int c = 0; c < this.holders.size(); c++) {
			clients.add(new ApiClient(this.port, this.holders.get(c), factory(c)));
		}
		return clients;
	}

	/** The raw clients, one per holder, each with its own session. */
	List<RawClient> rawClients() {
		return this.rawClients;
	}

	/** Submits, through the API, a gathering holding a new value; returns System.nanoTime() at its 201. */
	long submitWithValue(String wording) throws Exception {
		Holder holder = this.holders.getFirst();
		SubmissionFactory factory = factory(0);
		GatheringSubmission base = factory.next(holder.targets().getFirst());
		List<String> values = new ArrayList<>(base.values());
		String replaced = values.set(0, wording);
		List<GatheringSubmission.Spearhead> spearheads = base.spearheads().stream()
			.map(s -> new GatheringSubmission.Spearhead(s.title(), s.explanation(),
					s.values().stream().map(v -> v.equals(replaced) ? wording : v).toList(), s.ideas()))
			.toList();
		GatheringSubmission submission = new GatheringSubmission(base.heldOn(), base.participants(), base.attendees(),
				values, spearheads);
		try (ApiClient client = new ApiClient(this.port, holder, factory)) {
			client.send(holder.targets().getFirst().networkId(), JSON.writeValueAsBytes(submission));
			return System.nanoTime();
		}
	}

	/** A holder's HTTP client: one connection, kept alive, HTTP/1.1 as most API clients speak it. */
	static final class ApiClient implements Load.Client, AutoCloseable {

		private final BenchHttp http;

		private final Holder holder;

		private final SubmissionFactory factory;

		private int next;

		private String network;

		private byte[] body;

		ApiClient(int port, Holder holder, SubmissionFactory factory) {
			this.http = new BenchHttp(port);
			this.holder = holder;
			this.factory = factory;
		}

		@Override
		public void prepare() {
			SubmissionFactory.Target target = this.factory.target(this.next++);
			this.network = target.networkId();
			this.body = JSON.writeValueAsBytes(this.factory.next(target));
		}

		@Override
		public boolean perform() throws Exception {
			send(this.network, this.body);
			return true;
		}

		void send(String network, byte[] body) throws Exception {
			BenchHttp.Answer answer = this.http.post("/api/v1/networks/" + network + "/gatherings",
					Map.of("Authorization", this.holder.token(), "Content-Type", "application/json",
							"Idempotency-Key", "bench-" + SEQUENCE.incrementAndGet()),
					body);
			if (answer.status() != 201) {
				String text = answer.text();
				throw new IllegalStateException("HTTP " + answer.status() + ": "
						+ text.substring(0, Math.min(300, text.length())));
			}
		}

		@Override
		public void close() throws java.io.IOException {
			this.http.close();
		}

	}

	/** The baseline client: the same submissions, written with the service's statement on its own session. */
	final class RawClient implements Load.Client {

		private final Holder holder;

		private final Session session;

		private final SubmissionFactory factory;

		private int next;

		private Map<String, Object> parameters;

		RawClient(Holder holder, Session session, SubmissionFactory factory) {
			this.holder = holder;
			this.session = session;
			this.factory = factory;
		}

		@Override
		public void prepare() {
			SubmissionFactory.Target target = this.factory.target(this.next++);
			this.parameters = Ingest.this.raw.parameters(target.networkId(), this.factory.next(target),
					this.holder.username(), "bench-" + SEQUENCE.incrementAndGet());
		}

		@Override
		public boolean perform() {
			return RawSubmissionWriter.write(this.session, this.parameters);
		}

	}

}
