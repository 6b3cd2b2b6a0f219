// Unreached networks with warm paths: networks that held no gathering yet, and who could introduce them —
// members they share with reached networks (bridges, with up to five of those networks), connectors who know
// them, and reached networks they are part of or work with. Cold networks (no warm path) are left out.
// Counts and network names only: no person is named (the frontier endpoint names them for connectors).
// Parameters: $limit (integer): at most this many networks, warmest first.
// :param limit => 25
MATCH (u:Network)
WHERE NOT EXISTS { (:Gathering)-[:OF]->(u) }
CALL (u) {
  OPTIONAL MATCH (u)<-[:MEMBER_OF]-(p:Person)-[:MEMBER_OF]->(r:Network)
  WHERE EXISTS { (:Gathering)-[:OF]->(r) }
  WITH p, r ORDER BY r.name
  RETURN count(DISTINCT p) AS bridges, collect(DISTINCT r.name)[0..5] AS via
}
WITH u, bridges, via, COUNT { (:Person)-[:CONNECTS]->(u) } AS connectors,
     [(u)-[:PART_OF|WORKS_WITH]-(r:Network) WHERE EXISTS { (:Gathering)-[:OF]->(r) } | r.name] AS partners
WHERE bridges + connectors + size(partners) > 0
RETURN u.id AS id, u.name AS network, u.kind AS kind, bridges, via, connectors, partners
ORDER BY bridges + connectors + size(partners) DESC, network
LIMIT $limit;
