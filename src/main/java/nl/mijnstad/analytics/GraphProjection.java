package nl.mijnstad.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.mijnstad.reference.AgeBands;

/**
 * What the analytics know of the graph, read in one streamed query ({@code cypher/queries/analytics_projection.cypher})
 * and held in compact form: networks and people are numbered, memberships are arrays of those numbers. It holds
 * no contact data. Immutable once built.
 *
 * @param districts the reference districts
 * @param networks every network, numbered by position
 * @param people every person, numbered by position
 * @param networksOfPerson for each person, the numbers of the networks they are a member of
 * @param membersOfNetwork for each network, the numbers of its members
 * @param connectors pairs (person, network) of a connector who knows a network
 * @param relations PART_OF and WORKS_WITH between networks
 * @param gatherings every gathering with its values and ranked spearheads
 * @param valueLabels label of each value key
 * @param spearheadTitles title of each spearhead key
 * @param spearheadValues the value keys each spearhead serves
 * @param ideas every idea with its status and initiator count
 */
public record GraphProjection(List<District> districts, List<Network> networks, Map<String, Integer> networkIndex,
		List<Person> people, int[][] networksOfPerson, int[][] membersOfNetwork, List<int[]> connectors,
		List<Relation> relations, List<Gathering> gatherings, Map<String, String> valueLabels,
		Map<String, String> spearheadTitles, Map<String, List<String>> spearheadValues, List<Idea> ideas) {

	/** A district with its population and, where known, its population per age band ("0-14" … "65+"). */
	public record District(String code, String name, long population, Map<String, Integer> ageBands) {
	}

	/** A network; {@code reached} when it held at least one gathering. */
	public record Network(int index, String id, String name, String kind, List<String> districts, boolean reached) {
	}

	/** A person: only what the analytics need, never a name or contact. */
	public record Person(int index, String id, String district, Integer birthYear) {
	}

	/** A relation between two networks (by number): PART_OF or WORKS_WITH. */
	public record Relation(int from, int to, String type) {
	}

	/** A gathering: its network (by number), values, spearheads in rank order, attendees (by number). */
	public record Gathering(String id, int network, LocalDate heldOn, int participants, List<String> values,
			List<String> ranking, int[] attendees) {
	}

	/** An idea of a gathering for a spearhead. */
	public record Idea(String id, String gathering, String spearhead, String status, int initiators) {
	}

	public static final List<String> AGE_BANDS = AgeBands.LABELS;

	/** The age band of someone born in {@code birthYear}, at {@code year}; null when unknown. */
	public static String ageBand(Integer birthYear, int year) {
		return AgeBands.of(birthYear, year);
	}

}
