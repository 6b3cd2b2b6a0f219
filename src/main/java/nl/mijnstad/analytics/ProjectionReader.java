package nl.mijnstad.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mijnstad.graph.CypherQueries;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Reads the {@link GraphProjection} in one streamed read query, numbering networks and people as it goes. */
@Component
class ProjectionReader {

	private static final String QUERY = CypherQueries.load("analytics_projection");

	private final Driver driver;

	ProjectionReader(Driver driver) {
		this.driver = driver;
	}

	GraphProjection read() {
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build())) {
			return session.executeRead(tx -> {
				Builder builder = new Builder();
				Result result = tx.run(QUERY);
				while (result.hasNext()) {
					builder.accept(result.next());
				}
				return builder.build();
			});
		}
	}

	/** Collects the rows; the query orders networks and people before the rows that refer to them. */
	private static final class Builder {

		final List<GraphProjection.District> districts = new ArrayList<>();

		final List<String[]> networkRows = new ArrayList<>();

		final List<List<String>> networkDistricts = new ArrayList<>();

		final Map<String, Integer> networks = new HashMap<>();

		final List<GraphProjection.Person> people = new ArrayList<>();

		final Map<String, Integer> personIndex = new HashMap<>();

		final IntPairs memberships = new IntPairs();

		final List<int[]> connectors = new ArrayList<>();

		final List<GraphProjection.Relation> relations = new ArrayList<>();

		final Map<String, GraphProjection.Gathering> gatherings = new LinkedHashMap<>();

		final Map<String, List<String>> rankings = new HashMap<>();

		/** Each gathering's attendees, by number, sorted: one exact array each (there are as many as gatherings). */
		final Map<String, int[]> attended = new HashMap<>();

		/**
		 * One instance of each word that recurs across rows (value and spearhead keys, statuses): the projection
		 * outlives a few collections, and the same key read a hundred thousand times need not be kept as many times.
		 */
		final Map<String, String> words = new HashMap<>();

		final Map<String, String> valueLabels = new HashMap<>();

		final Map<String, String> spearheadTitles = new HashMap<>();

		final Map<String, List<String>> spearheadValues = new HashMap<>();

		final List<GraphProjection.Idea> ideas = new ArrayList<>();

		void accept(Record row) {
			String id = row.get("id").asString(null);
			Value ref = row.get("ref");
			switch (row.get("row").asString()) {
				case "district" -> {
					Map<String, Integer> bands = new LinkedHashMap<>();
					List<Value> counts = row.get("list").asList(v -> v);
					for (int i = 0; i < counts.size(); i++) {
						if (!counts.get(i).isNull()) {
							bands.put(GraphProjection.AGE_BANDS.get(i), counts.get(i).asInt());
						}
					}
					this.districts.add(new GraphProjection.District(id, row.get("text").asString(null),
							row.get("number").asLong(0), bands.size() == GraphProjection.AGE_BANDS.size() ? bands : Map.of()));
				}
				case "network" -> {
					this.networks.put(id, this.networkRows.size());
					this.networkRows.add(new String[] { id, ref.asString(null), row.get("text").asString(null) });
					this.networkDistricts.add(row.get("list").asList(Value::asString));
				}
				case "person" -> {
					int person = this.people.size();
					this.personIndex.put(id, person);
					this.people.add(new GraphProjection.Person(person, id, ref.asString(null),
							row.get("number").isNull() ? null : row.get("number").asInt()));
					for (Value network : row.get("list").values()) {
						this.memberships.add(person, this.networks.get(network.asString()));
					}
				}
				case "connector" -> this.connectors
					.add(new int[] { this.personIndex.get(id), this.networks.get(ref.asString()) });
				case "relation" -> this.relations.add(new GraphProjection.Relation(this.networks.get(id),
						this.networks.get(ref.asString()), row.get("text").asString()));
				case "gathering" -> this.gatherings.put(id,
						new GraphProjection.Gathering(id, this.networks.get(ref.asString()),
								LocalDate.parse(row.get("text").asString()), row.get("number").asInt(0),
								words(row.get("list")), List.of(), new int[0]));
				case "ranking" -> this.rankings.put(id, words(row.get("list")));
				case "attendees" -> {
					Value list = row.get("list");
					int[] attendees = new int[list.size()];
					for (int i = 0; i < attendees.length; i++) {
						attendees[i] = this.personIndex.get(list.get(i).asString());
					}
					Arrays.sort(attendees);
					this.attended.put(id, attendees);
				}
				case "value" -> this.valueLabels.put(id, row.get("text").asString(id));
				case "spearhead" -> {
					this.spearheadTitles.put(id, row.get("text").asString(id));
					this.spearheadValues.put(id, row.get("list").asList(Value::asString));
				}
				case "idea" -> this.ideas.add(new GraphProjection.Idea(id, ref.asString(),
						word(row.get("list").get(0).asString()), word(row.get("text").asString()),
						row.get("number").asInt(0)));
				default -> throw new IllegalStateException("Unknown projection row " + row.get("row"));
			}
		}

		private String word(String word) {
			return this.words.computeIfAbsent(word, w -> w);
		}

		private List<String> words(Value list) {
			return List.copyOf(list.asList(v -> word(v.asString())));
		}

		GraphProjection build() {
			int[][] networksOfPerson = this.memberships.group(this.people.size(), true);
			int[][] membersOfNetwork = this.memberships.group(this.networkRows.size(), false);
			boolean[] reached = new boolean[this.networkRows.size()];
			List<GraphProjection.Gathering> gatherings = new ArrayList<>();
			for (GraphProjection.Gathering g : this.gatherings.values()) {
				reached[g.network()] = true;
				int[] attendees = this.attended.get(g.id());
				gatherings.add(new GraphProjection.Gathering(g.id(), g.network(), g.heldOn(), g.participants(),
						g.values(), this.rankings.getOrDefault(g.id(), List.of()),
						attendees == null ? new int[0] : attendees));
			}
			List<GraphProjection.Network> networks = new ArrayList<>();
			for (int i = 0; i < this.networkRows.size(); i++) {
				String[] row = this.networkRows.get(i);
				networks.add(new GraphProjection.Network(i, row[0], row[1], row[2], this.networkDistricts.get(i),
						reached[i]));
			}
			return new GraphProjection(List.copyOf(this.districts), List.copyOf(networks), Map.copyOf(this.networks),
					List.copyOf(this.people), networksOfPerson, membersOfNetwork, List.copyOf(this.connectors),
					List.copyOf(this.relations), List.copyOf(gatherings), Map.copyOf(this.valueLabels),
					Map.copyOf(this.spearheadTitles), Map.copyOf(this.spearheadValues), List.copyOf(this.ideas));
		}

	}

	/** A growable list of int pairs, grouped into arrays at the end without boxing a million memberships. */
	private static final class IntPairs {

		private int[] pairs = new int[1024];

		private int size;

		void add(int a, int b) {
			if (this.size + 2 > this.pairs.length) {
				this.pairs = Arrays.copyOf(this.pairs, this.pairs.length * 2);
			}
			this.pairs[this.size++] = a;
			this.pairs[this.size++] = b;
		}

		/** Groups by the first (byFirst) or second element, listing the other, each group sorted. */
		int[][] group(int groups, boolean byFirst) {
			int key = byFirst ? 0 : 1;
			int[] counts = new int[groups];
			for (int i = key; i < this.size; i += 2) {
				counts[this.pairs[i]]++;
			}
			int[][] grouped = new int[groups][];
			for (int g = 0; g < groups; g++) {
				grouped[g] = new int[counts[g]];
			}
			int[] fill = new int[groups];
			for (int i = 0; i < this.size; i += 2) {
				int group = this.pairs[i + key];
				grouped[group][fill[group]++] = this.pairs[i + 1 - key];
			}
			for (int[] members : grouped) {
				Arrays.sort(members);
			}
			return grouped;
		}

	}

}
