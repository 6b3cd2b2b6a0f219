package nl.mijnstad.analytics.reach;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mijnstad.analytics.AnalysisPart;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;

import org.springframework.stereotype.Component;

/**
 * Display names of exactly the people the broker and frontier views can show (the top {@link BrokerAnalysis#MAX_PEOPLE}
 * brokers; connectors and the first {@link Reach#INTRODUCERS_SHOWN} introducers of the first {@link #FRONTIER_SHOWN}
 * frontier networks), read in one query when the snapshot is computed, so a dashboard read never goes to the
 * database. No one else's name and no contact data is held; the names go with the snapshot at the next refresh
 * (erasing a person changes the change signature, so it triggers one).
 */
@Component
class ShownNames implements AnalysisPart<Map<String, String>> {

	/** The most frontier networks a read may ask for (the endpoint's limit). */
	static final int FRONTIER_SHOWN = 1_000;

	private final BrokerAnalysis brokers;

	private final FrontierAnalysis frontier;

	private final PersonNames names;

	ShownNames(BrokerAnalysis brokers, FrontierAnalysis frontier, PersonNames names) {
		this.brokers = brokers;
		this.frontier = frontier;
		this.names = names;
	}

	@Override
	public Map<String, String> compute(Snapshot snapshot) {
		GraphProjection projection = snapshot.projection();
		Set<String> ids = new HashSet<>();
		BrokerAnalysis.Brokers all = snapshot.part(this.brokers.key(), () -> this.brokers.compute(snapshot));
		all.people().forEach(p -> ids.add(projection.people().get(p.person()).id()));
		List<FrontierAnalysis.Item> items = snapshot.part(this.frontier.key(), () -> this.frontier.compute(snapshot));
		for (FrontierAnalysis.Item item : items.subList(0, Math.min(FRONTIER_SHOWN, items.size()))) {
			Arrays.stream(item.connectors()).forEach(p -> ids.add(projection.people().get(p).id()));
			Arrays.stream(item.introducers())
				.limit(Reach.INTRODUCERS_SHOWN)
				.forEach(p -> ids.add(projection.people().get(p).id()));
		}
		Map<String, String> known = new java.util.HashMap<>();
		// a person without a display name is shown by id only
		this.names.of(ids).forEach((id, name) -> {
			if (name != null) {
				known.put(id, name);
			}
		});
		return java.util.Collections.unmodifiableMap(known);
	}

}
