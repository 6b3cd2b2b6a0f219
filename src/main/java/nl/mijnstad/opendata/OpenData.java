package nl.mijnstad.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.mijnstad.analytics.Analytics;
import nl.mijnstad.analytics.AnalyticsProperties;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.agenda.Agenda;
import nl.mijnstad.analytics.agenda.CollectiveRanking;
import nl.mijnstad.analytics.reach.CoverageCell;
import nl.mijnstad.analytics.reach.CoverageReport;
import nl.mijnstad.analytics.reach.Reach;
import nl.mijnstad.graph.CypherQueries;
import nl.mijnstad.security.Caller;
import nl.mijnstad.security.Role;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The open-data ZIP, in the spirit of Decidim's open data export: one CSV per entity (networks, gatherings,
 * values, spearheads with their collective rank, ideas, districts with coverage) and the network graph as GraphML
 * and GEXF. It holds no personal data: no people, no person ids, no contact data, no free-text descriptions (which
 * may name people), and every count of people under k suppressed as for policymakers. Built once per analytics
 * snapshot and kept with it, so downloads cost a copy.
 */
@Service
public class OpenData {

	private static final String IDEAS = CypherQueries.load("opendata_ideas");

	/** The open data is the policymakers' view: aggregates only, cells under k hidden. */
	private static final Caller PUBLIC = new Caller("open-data", Set.of(Role.POLICYMAKER), Set.of());

	private static final CSVFormat CSV = CSVFormat.RFC4180;

	private final Analytics analytics;

	private final Agenda agenda;

	private final Reach reach;

	private final Neo4jClient neo4j;

	private final int k;

	OpenData(Analytics analytics, Agenda agenda, Reach reach, Neo4jClient neo4j, AnalyticsProperties properties) {
		this.analytics = analytics;
		this.agenda = agenda;
		this.reach = reach;
		this.neo4j = neo4j;
		this.k = properties.k();
	}

	private record Key() {
	}

	/** The ZIP for the current snapshot. */
	public byte[] zip() {
		Snapshot snapshot = this.analytics.snapshot();
		return snapshot.part(new Key(), () -> build(snapshot));
	}

	private byte[] build(Snapshot snapshot) {
		GraphProjection projection = snapshot.projection();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			entry(zip, "README.txt", readme(snapshot).getBytes(StandardCharsets.UTF_8));
			entry(zip, "networks.csv", networks(projection));
			entry(zip, "gatherings.csv", gatherings(projection));
			entry(zip, "values.csv", values());
			entry(zip, "spearheads.csv", spearheads(projection));
			entry(zip, "ideas.csv", ideas());
			entry(zip, "districts.csv", districts());
			entry(zip, "graph.graphml", this.reach.export("graphml").content());
			entry(zip, "graph.gexf", this.reach.export("gexf").content());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private byte[] networks(GraphProjection projection) throws IOException {
		Map<Integer, Integer> gatherings = new HashMap<>();
		projection.gatherings().forEach(g -> gatherings.merge(g.network(), 1, Integer::sum));
		return csv(List.of("id", "name", "kind", "districts", "reached", "gatherings", "members"), rows -> {
			for (GraphProjection.Network network : projection.networks()) {
				int members = projection.membersOfNetwork()[network.index()].length;
				rows.printRecord(network.id(), text(network.name()), network.kind(), String.join("|", network.districts()),
						network.reached(), gatherings.getOrDefault(network.index(), 0), count(members));
			}
		});
	}

	private byte[] gatherings(GraphProjection projection) throws IOException {
		return csv(List.of("id", "network", "networkName", "heldOn", "participants", "values", "spearheads"), rows -> {
			for (GraphProjection.Gathering gathering : projection.gatherings()) {
				GraphProjection.Network network = projection.networks().get(gathering.network());
				rows.printRecord(gathering.id(), network.id(), text(network.name()), gathering.heldOn(),
						gathering.participants(), String.join("|", gathering.values()),
						String.join("|", gathering.ranking()));
			}
		});
	}

	private byte[] values() throws IOException {
		return csv(List.of("key", "label", "networks", "gatherings", "consensus", "clusters"), rows -> {
			for (var value : this.agenda.values(null, null, null, null)) {
				rows.printRecord(value.key(), text(value.label()), value.networks(), value.gatherings(),
						value.consensus(), value.clusters());
			}
		});
	}

	private byte[] spearheads(GraphProjection projection) throws IOException {
		Map<String, Integer> gatherings = new HashMap<>();
		projection.gatherings().forEach(g -> g.ranking().forEach(key -> gatherings.merge(key, 1, Integer::sum)));
		CollectiveRanking ranking = this.agenda.spearheads(null, "schulze", false);
		Set<String> ranked = new HashSet<>();
		return csv(List.of("schulzeRank", "tied", "key", "title", "values", "gatherings"), rows -> {
			for (CollectiveRanking.Entry entry : ranking.ranking()) {
				ranked.add(entry.key());
				rows.printRecord(entry.rank(), entry.tied(), entry.key(), text(entry.title()),
						String.join("|", entry.values().stream().map(CollectiveRanking.ValueRef::key).toList()),
						gatherings.getOrDefault(entry.key(), 0));
			}
			// Spearheads too rarely prioritised to be ranked are listed without a rank.
			for (Map.Entry<String, String> spearhead : new TreeMap<>(projection.spearheadTitles()).entrySet()) {
				if (!ranked.contains(spearhead.getKey())) {
					rows.printRecord(null, null, spearhead.getKey(), text(spearhead.getValue()),
							String.join("|", projection.spearheadValues().getOrDefault(spearhead.getKey(), List.of())),
							gatherings.getOrDefault(spearhead.getKey(), 0));
				}
			}
		});
	}

	private byte[] ideas() throws IOException {
		List<String> columns = List.of("id", "title", "status", "spearhead", "spearheadTitle", "network",
				"networkName", "gathering", "heldOn");
		var found = this.neo4j.query(IDEAS).bind("2000-01-01").to("since").fetch().all();
		return csv(columns, rows -> {
			for (Map<String, Object> idea : found) {
				rows.printRecord(columns.stream()
					.map(column -> idea.get(column) instanceof String s && column.toLowerCase().contains("title")
							|| column.equals("networkName") ? text(String.valueOf(idea.get(column))) : idea.get(column))
					.toList());
			}
		});
	}

	private byte[] districts() throws IOException {
		CoverageReport coverage = this.reach.coverage(null, PUBLIC);
		return csv(List.of("code", "name", "population", "reached", "rate", "representationIndex", "suppressed"),
				rows -> {
					for (CoverageCell cell : coverage.districts()) {
						rows.printRecord(cell.key(), text(cell.name()), cell.population(), cell.reached(), cell.rate(),
								cell.representationIndex(), cell.suppressed());
					}
				});
	}

	private String readme(Snapshot snapshot) {
		return """
				Mijn Stad: open data
				Computed %s. No personal data: no people, no person ids, no contact data, no free-text
				descriptions. Counts of people below k = %d are left empty (suppressed), as for policymakers.
				Lists inside a cell are separated by |. Text cells that a spreadsheet would read as a formula
				(starting with = + - @) are prefixed with an apostrophe.

				networks.csv    id, name, kind, districts, reached, gatherings, members (empty below k)
				gatherings.csv  id, network, networkName, heldOn, participants, values (keys), spearheads (keys, by rank)
				values.csv      key, label, networks, gatherings, consensus (group-aware), clusters
				spearheads.csv  schulzeRank (1 = first; empty when not ranked), tied, key, title, values, gatherings
				ideas.csv       id, title, status, spearhead, spearheadTitle, network, networkName, gathering, heldOn
				districts.csv   code, name, population, reached, rate, representationIndex, suppressed
				graph.graphml, graph.gexf  networks and the edges between them, for Gephi
				""".formatted(snapshot.computedAt(), this.k);
	}

	private Integer count(int people) {
		return people < this.k ? null : people;
	}

	/** Defuses spreadsheet formulas in text a user wrote (CSV injection), as OWASP advises. */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + value : value;
	}

	private interface Rows {

		void write(CSVPrinter rows) throws IOException;

	}

	private static byte[] csv(List<String> header, Rows rows) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSV.builder().setHeader(header.toArray(String[]::new)).get())) {
			rows.write(printer);
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}

	static String filename() {
		return "mijnstad-opendata-" + LocalDate.now() + ".zip";
	}

}
