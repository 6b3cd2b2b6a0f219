package nl.mijnstad.analytics.agenda;

import java.util.List;
import java.util.Locale;

import nl.mijnstad.analytics.Analytics;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.api.InvalidRequestException;

import org.springframework.stereotype.Service;

/**
 * The city's agenda as the API serves it: shared values, the collective ranking of spearheads, the clusters and the
 * city profile, each looked up in (or computed once for) the latest analytics snapshot, so a read never waits on a
 * recomputation of the whole graph.
 */
@Service
public class Agenda {

	private final Analytics analytics;

	private final SharedValues values;

	private final SpearheadRankings rankings;

	private final ClusterProfiles clusters;

	private final CityProfiles profiles;

	private final AgendaProperties properties;

	Agenda(Analytics analytics, SharedValues values, SpearheadRankings rankings, ClusterProfiles clusters,
			CityProfiles profiles, AgendaProperties properties) {
		this.analytics = analytics;
		this.values = values;
		this.rankings = rankings;
		this.clusters = clusters;
		this.profiles = profiles;
		this.properties = properties;
	}

	/**
	 * The shared values, optionally of the networks active in a district, of a kind, and their gatherings in a period.
	 * @throws InvalidRequestException naming every bad parameter
	 */
	public List<SharedValue> values(String district, String kind, String from, String to) {
		Snapshot snapshot = this.analytics.snapshot();
		List<String> districts = snapshot.projection().districts().stream().map(GraphProjection.District::code).toList();
		return this.values.of(snapshot, AgendaFilter.parse(district, kind, from, to, districts));
	}

	/**
	 * The collective ranking of spearheads, overall or within a cluster.
	 * @param cluster a cluster id, or null or blank for all gatherings
	 * @param method schulze (default) or borda
	 * @param explain whether to add the pairwise matrix of the top candidates
	 * @throws InvalidRequestException for a malformed cluster or an unknown method
	 * @throws nl.mijnstad.api.NotFoundException for an unknown cluster
	 */
	public CollectiveRanking spearheads(String cluster, String method, boolean explain) {
		InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
		Integer clusterId = null;
		if (cluster != null && !cluster.isBlank()) {
			try {
				clusterId = Integer.valueOf(cluster.strip());
			}
			catch (NumberFormatException ex) {
				errors.add("cluster", "not a cluster id (a whole number): '" + cluster + "'");
			}
		}
		SpearheadRankings.Method counting = SpearheadRankings.Method.SCHULZE;
		if (method != null && !method.isBlank()) {
			try {
				counting = SpearheadRankings.Method.valueOf(method.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add("method", "unknown method '" + method + "'; one of schulze, borda");
			}
		}
		errors.throwIfAny();
		return this.rankings.ranking(this.analytics.snapshot(), clusterId, counting, explain);
	}

	/** The clusters of networks, largest first, each with its distinctive values. */
	public List<ClusterView> clusters() {
		Snapshot snapshot = this.analytics.snapshot();
		return snapshot.part(this.clusters.key(), () -> this.clusters.compute(snapshot));
	}

	/** The city profile of the latest snapshot. */
	public CityProfile profile() {
		return this.profiles.profile(this.analytics.snapshot());
	}

	/** The city profile as a printable Dutch HTML page. */
	public String profileHtml() {
		Snapshot snapshot = this.analytics.snapshot();
		CityProfile profile = this.profiles.profile(snapshot);
		return SharedValues.views(snapshot, this.properties).get(Format.HTML, () -> ProfileRenderer.html(profile));
	}

	/** The city profile as Markdown. */
	public String profileMarkdown() {
		Snapshot snapshot = this.analytics.snapshot();
		CityProfile profile = this.profiles.profile(snapshot);
		return SharedValues.views(snapshot, this.properties).get(Format.MARKDOWN,
				() -> ProfileRenderer.markdown(profile));
	}

	private enum Format {
		HTML, MARKDOWN
	}

}
