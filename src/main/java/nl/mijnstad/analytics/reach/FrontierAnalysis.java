package nl.mijnstad.analytics.reach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mijnstad.analytics.AnalysisPart;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.algorithm.FrontierCandidate;
import nl.mijnstad.analytics.algorithm.FrontierEntry;
import nl.mijnstad.analytics.algorithm.FrontierScore;

import org.springframework.stereotype.Component;

/**
 * The frontier: every network not yet reached, ranked by {@link FrontierScore}, with the facts behind each
 * term kept by number (people and networks), so a read only names the few it shows. O(Σ m·n_m + R + C + N log N)
 * for members m in n_m networks, R relations, C connector links and N networks.
 */
@Component
class FrontierAnalysis implements AnalysisPart<List<FrontierAnalysis.Item>> {

	private final CoverageAnalysis coverage;

	FrontierAnalysis(CoverageAnalysis coverage) {
		this.coverage = coverage;
	}

	/**
	 * One unreached network and why it scores as it does.
	 *
	 * @param network its number in the projection
	 * @param entry the score and its terms
	 * @param members its member count
	 * @param relations reached networks it is related to: [network number, 0 PART_OF / 1 WORKS_WITH, 1 if the
	 * relation points from this network to the other]
	 * @param connectors people (by number) who know it as connector
	 * @param introducers its members (by number) who are also in reached networks, most reached networks first
	 * @param lift strata its members would lift: [stratum key, members there], least represented first
	 */
	record Item(int network, FrontierEntry entry, int members, List<int[]> relations, int[] connectors,
			int[] introducers, List<Lift> lift) {
	}

	/** Members of a network in a stratum that is under-represented, with the stratum's index. */
	record Lift(String stratum, int members, double representationIndex) {
	}

	@Override
	public List<Item> compute(Snapshot snapshot) {
		GraphProjection projection = snapshot.projection();
		Map<String, Double> indices = this.coverage.of(snapshot, null).indices();
		int year = snapshot.computedAt().atZone(java.time.ZoneId.of("Europe/Amsterdam")).getYear();
		List<GraphProjection.Network> networks = projection.networks();
		Map<Integer, List<int[]>> relations = new HashMap<>();
		for (GraphProjection.Relation relation : projection.relations()) {
			int type = "PART_OF".equals(relation.type()) ? 0 : 1;
			if (networks.get(relation.to()).reached() && !networks.get(relation.from()).reached()) {
				relations.computeIfAbsent(relation.from(), n -> new ArrayList<>()).add(new int[] { relation.to(), type, 1 });
			}
			if (networks.get(relation.from()).reached() && !networks.get(relation.to()).reached()) {
				relations.computeIfAbsent(relation.to(), n -> new ArrayList<>()).add(new int[] { relation.from(), type, 0 });
			}
		}
		Map<Integer, Set<Integer>> connectors = new HashMap<>();
		for (int[] link : projection.connectors()) {
			connectors.computeIfAbsent(link[1], n -> new LinkedHashSet<>()).add(link[0]);
		}
		List<FrontierCandidate> candidates = new ArrayList<>();
		Map<String, Item> facts = new HashMap<>();
		for (GraphProjection.Network network : networks) {
			if (network.reached()) {
				continue;
			}
			int[] members = projection.membersOfNetwork()[network.index()];
			List<int[]> introducers = new ArrayList<>();
			Map<String, Integer> byStratum = new HashMap<>();
			for (int member : members) {
				int reachedNetworks = 0;
				for (int other : projection.networksOfPerson()[member]) {
					reachedNetworks += networks.get(other).reached() ? 1 : 0;
				}
				if (reachedNetworks > 0) {
					introducers.add(new int[] { member, reachedNetworks });
				}
				GraphProjection.Person person = projection.people().get(member);
				if (person.district() != null) {
					byStratum.merge("district:" + person.district(), 1, Integer::sum);
				}
				String band = GraphProjection.ageBand(person.birthYear(), year);
				if (band != null) {
					byStratum.merge("age:" + band, 1, Integer::sum);
				}
			}
			// Distinct reached networks: a network both PART_OF and WORKS_WITH another is one introduction.
			List<int[]> related = relations.getOrDefault(network.index(), List.of());
			int distinctRelated = (int) related.stream().mapToInt(r -> r[0]).distinct().count();
			Set<Integer> knownBy = connectors.getOrDefault(network.index(), Set.of());
			candidates.add(new FrontierCandidate(network.id(), introducers.size(), distinctRelated, knownBy.size(),
					members.length, byStratum));
			introducers.sort(Comparator.comparingInt((int[] i) -> -i[1])
				.thenComparing(i -> projection.people().get(i[0]).id()));
			List<Lift> lift = new ArrayList<>();
			byStratum.forEach((stratum, count) -> {
				Double index = indices.get(stratum);
				if (index != null && index < 1) {
					lift.add(new Lift(stratum, count, index));
				}
			});
			lift.sort(Comparator.comparingDouble(Lift::representationIndex).thenComparing(Lift::stratum));
			facts.put(network.id(), new Item(network.index(), null, members.length, List.copyOf(related),
					knownBy.stream().mapToInt(Integer::intValue).toArray(),
					introducers.stream().mapToInt(i -> i[0]).toArray(), List.copyOf(lift)));
		}
		List<Item> ranked = new ArrayList<>(candidates.size());
		for (FrontierEntry entry : new FrontierScore(candidates, indices).ranking()) {
			Item item = facts.get(entry.network());
			ranked.add(new Item(item.network(), entry, item.members(), item.relations(), item.connectors(),
					item.introducers(), item.lift()));
		}
		return List.copyOf(ranked);
	}

}
