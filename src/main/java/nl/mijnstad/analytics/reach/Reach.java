package nl.mijnstad.analytics.reach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mijnstad.analytics.Analytics;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.algorithm.FrontierEntry;
import nl.mijnstad.analytics.algorithm.FrontierScore;
import nl.mijnstad.analytics.algorithm.NetworkOverlap;
import nl.mijnstad.analytics.algorithm.SampledBetweenness;
import nl.mijnstad.api.ForbiddenException;
import nl.mijnstad.api.NotFoundException;
import nl.mijnstad.analytics.reach.ReachViews.FrontierNetwork;
import nl.mijnstad.analytics.reach.ReachViews.Introducer;
import nl.mijnstad.analytics.reach.ReachViews.NetworkRef;
import nl.mijnstad.analytics.reach.ReachViews.PersonRef;
import nl.mijnstad.analytics.reach.ReachViews.RelatedNetwork;
import nl.mijnstad.analytics.reach.ReachViews.Term;
import nl.mijnstad.security.Caller;
import nl.mijnstad.security.Role;

import org.springframework.stereotype.Service;

/**
 * The reach views over the latest analytics snapshot: every number was computed with the snapshot; a read
 * filters, names the few people it shows and decides what the caller may see.
 */
@Service
public class Reach {

	/** Introducers listed per frontier network; the total is always given. */
	static final int INTRODUCERS_SHOWN = 20;

	private final Analytics analytics;

	private final CoverageAnalysis coverage;

	private final FrontierAnalysis frontier;

	private final MemberOverlaps memberOverlaps;

	private final ValueOverlapAnalysis valueOverlaps;

	private final BrokerAnalysis brokers;

	private final GraphExport export;

	private final ShownNames names;

	Reach(Analytics analytics, CoverageAnalysis coverage, FrontierAnalysis frontier, MemberOverlaps memberOverlaps,
			ValueOverlapAnalysis valueOverlaps, BrokerAnalysis brokers, GraphExport export, ShownNames names) {
		this.analytics = analytics;
		this.coverage = coverage;
		this.frontier = frontier;
		this.memberOverlaps = memberOverlaps;
		this.valueOverlaps = valueOverlaps;
		this.brokers = brokers;
		this.export = export;
		this.names = names;
	}

	/** Whether the caller may see people's numbers below k and people's names. */
	private static boolean seesPeople(Caller caller) {
		return caller.isAdmin() || caller.has(Role.CONNECTOR);
	}

	/**
	 * Builds every view a dashboard read serves (overlaps, frontier and brokers with the names they show), so that a
	 * read of a fresh snapshot only takes a prefix; {@link PrecomputedViews} calls this before the snapshot is
	 * published.
	 */
	void precompute(Snapshot snapshot) {
		snapshot.part(OverlapViews.class, () -> overlapViews(snapshot));
		snapshot.part(FrontierViews.class, () -> frontierViews(snapshot));
		snapshot.part(BrokerViews.class, () -> brokerViews(snapshot));
	}

	/** Coverage; policymakers get every cell under k suppressed. */
	public CoverageReport coverage(String municipality, Caller caller) {
		Snapshot snapshot = this.analytics.snapshot();
		if (municipality != null && !this.coverage.municipalities(snapshot).contains(municipality)) {
			throw new NotFoundException("municipality", municipality);
		}
		CoverageReport full = this.coverage.of(snapshot, municipality).report();
		if (seesPeople(caller)) {
			return full;
		}
		return snapshot.part(new SuppressedKey(municipality), full::suppressed);
	}

	private record SuppressedKey(String municipality) {
	}

	/** The frontier, best first, with names for connectors and admins. */
	public ReachViews.Frontier frontier(int limit, Caller caller) {
		requirePeopleView(caller);
		Snapshot snapshot = this.analytics.snapshot();
		ReachViews.Frontier all = snapshot.part(FrontierViews.class, () -> frontierViews(snapshot));
		return new ReachViews.Frontier(all.computedAt(), all.unreachedNetworks(), all.formula(),
				all.networks().subList(0, Math.min(limit, all.networks().size())));
	}

	/** Marks the snapshot part holding the views of the first {@link ShownNames#FRONTIER_SHOWN} frontier networks. */
	private interface FrontierViews {
	}

	private ReachViews.Frontier frontierViews(Snapshot snapshot) {
		GraphProjection projection = snapshot.projection();
		List<FrontierAnalysis.Item> all = snapshot.part(this.frontier.key(), () -> this.frontier.compute(snapshot));
		List<FrontierAnalysis.Item> shown = all.subList(0, Math.min(ShownNames.FRONTIER_SHOWN, all.size()));
		Map<String, String> displayNames = snapshot.part(this.names.key(), () -> this.names.compute(snapshot));
		Map<String, String> districtNames = new HashMap<>();
		projection.districts().forEach(d -> districtNames.put(d.code(), d.name()));
		List<FrontierNetwork> networks = new ArrayList<>(shown.size());
		for (FrontierAnalysis.Item item : shown) {
			networks.add(view(item, projection, displayNames, districtNames));
		}
		FrontierScore.Weights w = FrontierScore.Weights.DEFAULTS;
		String formula = "score = " + w.warmPaths() + "·ln(1 + warm paths) + " + w.relations() + "·relations + "
				+ w.connectors() + "·connectors + " + w.lift() + "·lift";
		return new ReachViews.Frontier(snapshot.computedAt(), all.size(), formula, List.copyOf(networks));
	}

	private FrontierNetwork view(FrontierAnalysis.Item item, GraphProjection projection,
			Map<String, String> displayNames, Map<String, String> districtNames) {
		FrontierEntry entry = item.entry();
		FrontierScore.Weights w = FrontierScore.Weights.DEFAULTS;
		int relations = (int) item.relations().stream().mapToInt(r -> r[0]).distinct().count();
		double lift = (w.lift() == 0) ? 0 : entry.liftTerm() / w.lift();
		ReachViews.Terms terms = new ReachViews.Terms(
				new Term(item.introducers().length, entry.warmPathsTerm(),
						item.introducers().length + " of its " + item.members()
								+ " members are already in reached networks; counts " + w.warmPaths()
								+ "·ln(1 + that)"),
				new Term(relations, entry.relationsTerm(),
						"related (PART_OF or WORKS_WITH) to " + relations + " reached networks; " + w.relations()
								+ " each"),
				new Term(item.connectors().length, entry.connectorsTerm(),
						"known by " + item.connectors().length + " connectors; " + w.connectors() + " each"),
				new Term(lift, entry.liftTerm(), "on average its members' districts and age bands fall "
						+ String.format(java.util.Locale.ROOT, "%.2f", lift)
						+ " short of proportional representation (summed over both); " + w.lift() + "·that"));
		List<RelatedNetwork> related = item.relations()
			.stream()
			.map(r -> new RelatedNetwork(ref(projection, r[0]), r[1] == 0 ? "PART_OF" : "WORKS_WITH",
					r[2] == 1 ? "outgoing" : "incoming"))
			.toList();
		List<PersonRef> connectors = Arrays.stream(item.connectors())
			.mapToObj(p -> person(projection, p, displayNames))
			.toList();
		List<Introducer> introducers = Arrays.stream(item.introducers())
			.limit(INTRODUCERS_SHOWN)
			.mapToObj(p -> new Introducer(person(projection, p, displayNames),
					Arrays.stream(projection.networksOfPerson()[p])
						.filter(n -> projection.networks().get(n).reached())
						.mapToObj(n -> ref(projection, n))
						.toList()))
			.toList();
		List<ReachViews.Lift> lifts = item.lift().stream().map(l -> {
			boolean district = l.stratum().startsWith("district:");
			String key = l.stratum().substring(l.stratum().indexOf(':') + 1);
			return new ReachViews.Lift(district ? "district" : "ageBand", key,
					district ? districtNames.getOrDefault(key, key) : key, l.members(), l.representationIndex());
		}).toList();
		return new FrontierNetwork(entry.rank(), ref(projection, item.network()), item.members(), entry.score(), terms,
				related, connectors, item.introducers().length, introducers, lifts);
	}

	/** Pairs of networks sharing at least {@code min} members, most shared first. */
	public List<ReachViews.MemberOverlap> overlaps(int limit, int min) {
		Snapshot snapshot = this.analytics.snapshot();
		List<ReachViews.MemberOverlap> all = snapshot.part(OverlapViews.class, () -> overlapViews(snapshot));
		// most shared first, so those sharing at least min are a prefix
		int end = 0;
		while (end < all.size() && end < limit && all.get(end).sharedMembers() >= min) {
			end++;
		}
		return all.subList(0, end);
	}

	/** Marks the snapshot part holding the views of the {@link #OVERLAPS_SHOWN} most shared pairs. */
	private interface OverlapViews {
	}

	/** The most overlaps a read may ask for (the endpoint's limit). */
	static final int OVERLAPS_SHOWN = 10_000;

	private List<ReachViews.MemberOverlap> overlapViews(Snapshot snapshot) {
		GraphProjection projection = snapshot.projection();
		List<NetworkOverlap> sorted = snapshot.part(this.memberOverlaps.key(),
				() -> this.memberOverlaps.compute(snapshot));
		List<ReachViews.MemberOverlap> shown = new ArrayList<>();
		for (NetworkOverlap overlap : sorted.subList(0, Math.min(OVERLAPS_SHOWN, sorted.size()))) {
			shown.add(new ReachViews.MemberOverlap(ref(projection, overlap.a()), ref(projection, overlap.b()),
					overlap.sharedMembers(), overlap.membersOfA(), overlap.membersOfB(), overlap.jaccard(),
					overlap.overlapCoefficient()));
		}
		return List.copyOf(shown);
	}

	/** Pairs of networks alike in values, most alike first, naming the values they share. */
	public List<ReachViews.ValueOverlap> valueOverlaps(int limit, int min) {
		Snapshot snapshot = this.analytics.snapshot();
		GraphProjection projection = snapshot.projection();
		ValueOverlapAnalysis.ValueOverlaps all = snapshot.part(this.valueOverlaps.key(),
				() -> this.valueOverlaps.compute(snapshot));
		List<ReachViews.ValueOverlap> shown = new ArrayList<>();
		for (NetworkOverlap overlap : all.pairs()) {
			if (shown.size() >= limit) {
				break;
			}
			if (overlap.sharedMembers() < min) {
				continue;
			}
			List<String> shared = all.values()
				.get(overlap.a())
				.stream()
				.filter(all.values().get(overlap.b())::contains)
				.sorted()
				.map(key -> projection.valueLabels().getOrDefault(key, key))
				.toList();
			shown.add(new ReachViews.ValueOverlap(ref(projection, overlap.a()), ref(projection, overlap.b()),
					overlap.sharedMembers(), overlap.membersOfA(), overlap.membersOfB(), overlap.jaccard(), shared));
		}
		return shown;
	}

	/** Networks and people that bridge clusters; connectors and admins only, for the names. */
	public ReachViews.Brokers brokers(int limit, Caller caller) {
		requirePeopleView(caller);
		Snapshot snapshot = this.analytics.snapshot();
		ReachViews.Brokers all = snapshot.part(BrokerViews.class, () -> brokerViews(snapshot));
		return new ReachViews.Brokers(all.computedAt(), all.method(), all.exact(),
				all.networks().subList(0, Math.min(limit, all.networks().size())),
				all.people().subList(0, Math.min(limit, all.people().size())));
	}

	/** Marks the snapshot part holding the views of the first {@link BrokerAnalysis#MAX_PEOPLE} brokers. */
	private interface BrokerViews {
	}

	private ReachViews.Brokers brokerViews(Snapshot snapshot) {
		GraphProjection projection = snapshot.projection();
		BrokerAnalysis.Brokers all = snapshot.part(this.brokers.key(), () -> this.brokers.compute(snapshot));
		List<ReachViews.NetworkBroker> networks = all.networks()
			.stream()
			.limit(BrokerAnalysis.MAX_PEOPLE)
			.map(b -> new ReachViews.NetworkBroker(ref(projection, b.network()), b.betweenness(), b.normalised(),
					b.cluster(), Arrays.stream(b.otherClusters()).boxed().toList(), b.neighbours()))
			.toList();
		Map<String, String> displayNames = snapshot.part(this.names.key(), () -> this.names.compute(snapshot));
		List<ReachViews.PersonBroker> personViews = all.people()
			.stream()
			.map(p -> new ReachViews.PersonBroker(person(projection, p.person(), displayNames), p.clusters().length,
					Arrays.stream(p.networks()).mapToObj(n -> ref(projection, n)).toList(), p.betweenness()))
			.toList();
		String method = "betweenness by Brandes' algorithm, exact up to "
				+ SampledBetweenness.DEFAULT_EXACT_THRESHOLD + " vertices, above that estimated from sampled sources "
				+ "(Brandes & Pich 2007, seeded): networks on the shared-member graph from " + all.networkSources()
				+ " sources, people on the person–network graph of everyone in two or more networks from "
				+ all.peopleSources() + " sources (at most " + SampledBetweenness.DEFAULT_SAMPLES
				+ ", fewer on large graphs to bound the work)";
		return new ReachViews.Brokers(snapshot.computedAt(), method, all.networkScoresExact() && all.peopleScoresExact(),
				networks, personViews);
	}

	/** The network graph for a page: the {@code limit} largest networks and the edges among them. */
	public ReachViews.NetworkMap networkMap(int limit) {
		Snapshot snapshot = this.analytics.snapshot();
		return snapshot.part(new MapKey(limit), () -> GraphExport.map(GraphExport.graph(snapshot), limit));
	}

	private record MapKey(int limit) {
	}

	/** The network graph in a format, with its media type. */
	public Export export(String format) {
		GraphExport.Format chosen = switch (format) {
			case "graphml" -> GraphExport.Format.GRAPHML;
			case "gexf" -> GraphExport.Format.GEXF;
			case "csv" -> GraphExport.Format.CSV;
			default -> throw new NotFoundException("export format", format);
		};
		return new Export(chosen.mediaType, "mijnstad-networks." + format,
				this.export.export(this.analytics.snapshot(), chosen));
	}

	/** An exported file. */
	public record Export(String mediaType, String filename, byte[] content) {
	}

	private static void requirePeopleView(Caller caller) {
		if (!seesPeople(caller)) {
			throw new ForbiddenException("Only connectors and admins see who can introduce a network");
		}
	}

	private static NetworkRef ref(GraphProjection projection, int network) {
		GraphProjection.Network n = projection.networks().get(network);
		return new NetworkRef(n.id(), n.name(), n.kind());
	}

	private static NetworkRef ref(GraphProjection projection, String id) {
		return ref(projection, projection.networkIndex().get(id));
	}

	private static PersonRef person(GraphProjection projection, int person, Map<String, String> names) {
		String id = projection.people().get(person).id();
		return new PersonRef(id, names.get(id));
	}

}
