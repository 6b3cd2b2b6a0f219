package nl.mijnstad.network;

import java.util.Map;

import nl.mijnstad.api.ConflictException;
import nl.mijnstad.api.InvalidRequestException;
import nl.mijnstad.api.NotFoundException;
import nl.mijnstad.graph.RetriedOnConflict;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records how networks relate (PART_OF, WORKS_WITH) and which connectors know a network. Each write adds a
 * relationship the analytics' change signature counts, so the frontier and exports refresh by themselves.
 */
@Service
public class NetworkRelations {

	private final Neo4jClient neo4j;

	NetworkRelations(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Relates network {@code id} to another; 404 for an unknown path id, 422 for an unknown or the same other. */
	@RetriedOnConflict
	@Transactional
	public NetworkRelation relate(String id, NetworkRelation relation) {
		requireNetwork(id);
		if (relation.network().equals(id)) {
			throw new InvalidRequestException("network", "a network cannot be related to itself");
		}
		if (!exists("MATCH (n:Network {id: $id}) RETURN count(n) > 0", relation.network())) {
			throw new InvalidRequestException("network", "no network with this id");
		}
		Map<String, Object> parameters = Map.of("from", id, "to", relation.network());
		// The relationship type cannot be a parameter; it is one of two constants chosen by the enum, never input.
		String type = switch (relation.type()) {
			case PART_OF -> "PART_OF";
			case WORKS_WITH -> "WORKS_WITH";
		};
		// WORKS_WITH is symmetric: one stored in either direction is the same fact.
		String existing = (relation.type() == NetworkRelationType.WORKS_WITH)
				? "MATCH (a:Network {id: $from})-[:WORKS_WITH]-(b:Network {id: $to}) RETURN count(*) > 0"
				: "MATCH (a:Network {id: $from})-[:PART_OF]->(b:Network {id: $to}) RETURN count(*) > 0";
		if (this.neo4j.query(existing).bindAll(parameters).fetchAs(Boolean.class).one().orElse(false)) {
			throw new ConflictException("network", "These networks are related this way already");
		}
		this.neo4j.query("MATCH (a:Network {id: $from}), (b:Network {id: $to}) CREATE (a)-[:" + type
				+ " {since: datetime()}]->(b)").bindAll(parameters).run();
		return relation;
	}

	/** Records that a person knows the network as connector; 404 unknown network, 422 unknown person, 409 twice. */
	@RetriedOnConflict
	@Transactional
	public ConnectorLink addConnector(String id, ConnectorLink link) {
		requireNetwork(id);
		if (!exists("MATCH (p:Person {id: $id}) RETURN count(p) > 0", link.personId())) {
			throw new InvalidRequestException("personId", "no person with this id");
		}
		Map<String, Object> parameters = Map.of("network", id, "person", link.personId());
		boolean known = this.neo4j
			.query("MATCH (:Person {id: $person})-[:CONNECTS]->(:Network {id: $network}) RETURN count(*) > 0")
			.bindAll(parameters)
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (known) {
			throw new ConflictException("personId", "This person is a connector of the network already");
		}
		this.neo4j.query("""
				MATCH (p:Person {id: $person}), (n:Network {id: $network})
				CREATE (p)-[:CONNECTS {since: datetime()}]->(n)""").bindAll(parameters).run();
		return link;
	}

	private void requireNetwork(String id) {
		if (!exists("MATCH (n:Network {id: $id}) RETURN count(n) > 0", id)) {
			throw new NotFoundException("network", id);
		}
	}

	private boolean exists(String cypher, String id) {
		return this.neo4j.query(cypher).bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
	}

}
