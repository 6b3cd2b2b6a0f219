package nl.mijnstad.privacy;

import java.time.OffsetDateTime;
import java.util.Map;

import nl.mijnstad.api.NotFoundException;
import nl.mijnstad.graph.RetriedOnConflict;
import nl.mijnstad.security.Caller;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's rights of access and erasure (AVG/GDPR articles 15 and 17). Export returns everything the graph
 * holds about the person; erasure removes the person with their contact data, consents, memberships, connector
 * links, attendance, idea roles and invitations, while anonymous contributions (gatherings, ideas, responses)
 * stay without any link to them. Both are audited in the same transaction.
 */
@Service
public class PersonalData {

	private final Neo4jClient neo4j;

	private final AuditLog audit;

	PersonalData(Neo4jClient neo4j, AuditLog audit) {
		this.neo4j = neo4j;
		this.audit = audit;
	}

	@RetriedOnConflict
	@Transactional
	public Map<String, Object> export(String personId, Caller caller) {
		Map<String, Object> export = this.neo4j.query("""
				MATCH (p:Person {id: $id})
				RETURN {
				  person: {id: p.id, displayName: p.displayName, birthYear: p.birthYear, createdAt: toString(p.createdAt)},
				  district: COLLECT { MATCH (p)-[:LIVES_IN]->(d:District) RETURN {code: d.code, name: d.name} }[0],
				  contacts: COLLECT { MATCH (p)-[:HAS_CONTACT]->(k:Contact) RETURN {email: k.email, phone: k.phone} },
				  consents: COLLECT { MATCH (p)-[:GAVE]->(c:Consent)
				                      RETURN {purpose: c.purpose, givenAt: toString(c.givenAt),
				                              withdrawnAt: toString(c.withdrawnAt)} ORDER BY c.givenAt },
				  memberships: COLLECT { MATCH (p)-[m:MEMBER_OF]->(n:Network)
				                         RETURN {networkId: n.id, network: n.name, role: m.role, since: toString(m.since)} },
				  connects: COLLECT { MATCH (p)-[:CONNECTS]->(n:Network) RETURN {networkId: n.id, network: n.name} },
				  attended: COLLECT { MATCH (p)-[:ATTENDED]->(g:Gathering) RETURN {gatheringId: g.id, heldOn: toString(g.heldOn)} },
				  ideas: COLLECT { MATCH (p)-[r:CARRIES]->(i:Idea) RETURN {ideaId: i.id, title: i.title, role: r.role} },
				  invitations: COLLECT { MATCH (c:Consultation)-[i:INVITED]->(p)
				                         RETURN {consultationId: c.id, title: c.title, invitedAt: toString(i.at),
				                                 mailedAt: toString(i.mailedAt)} }
				} AS export""")
			.bind(personId)
			.to("id")
			.fetch()
			.one()
			.map(row -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> map = (Map<String, Object>) row.get("export");
				return map;
			})
			.orElseThrow(() -> new NotFoundException("person", personId));
		this.audit.record(caller.username(), "EXPORT", "person:" + personId,
				"privacy request: export of everything held about the person");
		Map<String, Object> result = new java.util.LinkedHashMap<>(export);
		result.put("exportedAt", OffsetDateTime.now().toString());
		result.put("note", "Responses to consultations are stored without a link to the person and cannot be "
				+ "included; gatherings and ideas are contributions of networks.");
		return result;
	}

	@RetriedOnConflict
	@Transactional
	public void erase(String personId, Caller caller) {
		boolean exists = this.neo4j.query("RETURN EXISTS { (:Person {id: $id}) }")
			.bind(personId)
			.to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!exists) {
			throw new NotFoundException("person", personId);
		}
		// Contact and consent nodes belong to the person alone; everything else they touch is only unlinked.
		this.neo4j.query("""
				MATCH (p:Person {id: $id})
				OPTIONAL MATCH (p)-[:HAS_CONTACT]->(k:Contact)
				OPTIONAL MATCH (p)-[:GAVE]->(c:Consent)
				WITH p, collect(DISTINCT k) + collect(DISTINCT c) AS own
				FOREACH (node IN own | DETACH DELETE node)
				DETACH DELETE p""").bind(personId).to("id").run();
		this.audit.record(caller.username(), "ERASE", "person:" + personId,
				"privacy request: erasure of the person, their contact data, consents, memberships and invitations");
	}

}
