package nl.mijnstad.analytics.agenda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mijnstad.analytics.AnalysisPart;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.algorithm.BordaScore;
import nl.mijnstad.analytics.algorithm.NetworkCluster;
import nl.mijnstad.analytics.algorithm.RankedCandidate;
import nl.mijnstad.api.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The collective ranking of spearheads from every gathering's prioritised list: Schulze, and Borda as a second view.
 * The overall election is counted with each snapshot; the election within a cluster once per snapshot on first
 * request.
 */
@Component
class SpearheadRankings implements AnalysisPart<Election> {

	/** How the ballots are counted. */
	enum Method {
		SCHULZE, BORDA
	}

	private final AgendaProperties properties;

	SpearheadRankings(AgendaProperties properties) {
		this.properties = properties;
	}

	@Override
	public Object key() {
		return SpearheadRankings.class;
	}

	@Override
	public Election compute(Snapshot snapshot) {
		return Election.of(snapshot.projection(), g -> true, this.properties.maxCandidates());
	}

	/**
	 * The election of all gatherings (cluster null) or of the gatherings of one cluster's networks.
	 * @throws NotFoundException when there is no such cluster
	 */
	Election election(Snapshot snapshot, Integer cluster) {
		if (cluster == null) {
			return snapshot.part(key(), () -> compute(snapshot));
		}
		if (snapshot.clusters().stream().map(NetworkCluster::id).noneMatch(cluster::equals)) {
			throw new NotFoundException("cluster", cluster.toString());
		}
		int[] clusterOf = snapshot.clusterOfNetwork();
		return SharedValues.views(snapshot, this.properties)
			.get(new ClusterElection(cluster), () -> Election.of(snapshot.projection(),
					g -> clusterOf[g.network()] == cluster, this.properties.maxCandidates()));
	}

	/** The ranking as a client reads it. */
	CollectiveRanking ranking(Snapshot snapshot, Integer cluster, Method method, boolean explain) {
		Election election = election(snapshot, cluster);
		GraphProjection projection = snapshot.projection();
		List<CollectiveRanking.Entry> entries = new ArrayList<>();
		if (method == Method.SCHULZE) {
			List<RankedCandidate> places = election.schulze().ranking();
			Map<Integer, Integer> perRank = perRank(places.stream().map(RankedCandidate::rank).toList());
			for (RankedCandidate place : places) {
				entries.add(new CollectiveRanking.Entry(place.rank(), place.candidate(),
						title(projection, place.candidate()), values(projection, place.candidate()), place.beats(), null,
						perRank.get(place.rank()) > 1));
			}
		}
		else {
			List<BordaScore> places = election.borda().ranking();
			Map<Integer, Integer> perRank = perRank(places.stream().map(BordaScore::rank).toList());
			for (BordaScore place : places) {
				entries.add(new CollectiveRanking.Entry(place.rank(), place.candidate(),
						title(projection, place.candidate()), values(projection, place.candidate()), null,
						place.points(), perRank.get(place.rank()) > 1));
			}
		}
		CollectiveRanking.PairwiseMatrix matrix = explain ? matrix(election, entries) : null;
		return new CollectiveRanking(method.name().toLowerCase(java.util.Locale.ROOT), cluster, election.ballots(),
				election.prioritised(), election.minBallots(), List.copyOf(entries), matrix);
	}

	private CollectiveRanking.PairwiseMatrix matrix(Election election, List<CollectiveRanking.Entry> entries) {
		int size = Math.min(entries.size(), this.properties.explainCandidates());
		List<String> all = election.schulze().candidates();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < all.size(); i++) {
			index.put(all.get(i), i);
		}
		int[][] d = election.schulze().preferenceMatrix();
		int[][] p = election.schulze().strongestPathMatrix();
		List<String> shown = entries.subList(0, size).stream().map(CollectiveRanking.Entry::key).toList();
		int[][] preferences = new int[size][size];
		int[][] paths = new int[size][size];
		for (int i = 0; i < size; i++) {
			for (int j = 0; j < size; j++) {
				preferences[i][j] = d[index.get(shown.get(i))][index.get(shown.get(j))];
				paths[i][j] = p[index.get(shown.get(i))][index.get(shown.get(j))];
			}
		}
		return new CollectiveRanking.PairwiseMatrix(shown, preferences, paths, size < entries.size());
	}

	private static Map<Integer, Integer> perRank(List<Integer> ranks) {
		Map<Integer, Integer> counts = new HashMap<>();
		ranks.forEach(rank -> counts.merge(rank, 1, Integer::sum));
		return counts;
	}

	static String title(GraphProjection projection, String spearhead) {
		return projection.spearheadTitles().getOrDefault(spearhead, spearhead);
	}

	static List<CollectiveRanking.ValueRef> values(GraphProjection projection, String spearhead) {
		return projection.spearheadValues()
			.getOrDefault(spearhead, List.of())
			.stream()
			.sorted()
			.map(v -> new CollectiveRanking.ValueRef(v, projection.valueLabels().getOrDefault(v, v)))
			.toList();
	}

	private record ClusterElection(int cluster) {
	}

}
