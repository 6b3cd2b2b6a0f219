package nl.mijnstad.web;

import java.util.List;
import java.util.Map;

import nl.mijnstad.security.Caller;
import nl.mijnstad.submission.GatheringView;
import nl.mijnstad.submission.Submissions;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The gatherings of the networks a holder holds, newest first. The submission module has no such list yet, so
 * this finds the ids and reads each through {@link Submissions#get}, which decides what the caller may see.
 * It belongs in {@code Submissions} (e.g. {@code ofNetworks(caller)}) once that module offers it.
 */
@Component
class HolderGatherings {

	static final int LIMIT = 200;

	private final Neo4jClient neo4j;

	private final Submissions submissions;

	HolderGatherings(Neo4jClient neo4j, Submissions submissions) {
		this.neo4j = neo4j;
		this.submissions = submissions;
	}

	/** The gatherings of these networks (all of which the caller must hold), newest first. */
	List<GatheringView> of(Caller caller, List<String> networks) {
		List<String> held = networks.stream().filter(caller::holds).toList();
		if (held.isEmpty()) {
			return List.of();
		}
		return this.neo4j.query("""
				MATCH (g:Gathering)-[:OF]->(n:Network)
				WHERE n.id IN $networks
				RETURN g.id
				ORDER BY g.heldOn DESC, g.submittedAt DESC
				LIMIT $limit""")
			.bindAll(Map.of("networks", held, "limit", LIMIT))
			.fetchAs(String.class)
			.all()
			.stream()
			.map(id -> this.submissions.get(id, caller))
			.toList();
	}

}
