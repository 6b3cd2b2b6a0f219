// Ideas box: the ideas that match every given filter, newest gathering first, as one page and the total.
// Answers "which ideas are there for this value / spearhead / status / district / network?". No personal data:
// initiators are counted, never named.
// Parameters (null = any): $status ('PLANNED'|'RUNNING'|'DONE'|'STOPPED'), $spearhead (spearhead key),
// $value (value key, as the gathering linked it to the idea's spearhead in PRIORITISES.values),
// $district (district code the idea's network is active in), $network (network id),
// $ids (list of idea ids, e.g. from a text search), $skip and $limit (integers).
// :param {status: null, spearhead: null, value: null, district: null, network: null, ids: null, skip: 0, limit: 20}
MATCH (g:Gathering)-[:PROPOSED]->(i:Idea)-[:FOR]->(s:Spearhead), (g)-[:OF]->(n:Network)
WHERE ($status IS NULL OR i.status = $status)
  AND ($spearhead IS NULL OR s.key = $spearhead)
  AND ($network IS NULL OR n.id = $network)
  AND ($ids IS NULL OR i.id IN $ids)
  AND ($district IS NULL OR EXISTS { (n)-[:ACTIVE_IN]->(:District {code: $district}) })
  AND ($value IS NULL OR EXISTS { MATCH (g)-[p:PRIORITISES]->(s) WHERE $value IN p.values })
WITH g, i, s, n
ORDER BY g.heldOn DESC, g.id, i.position, i.id
WITH collect({g: g, i: i, s: s, n: n}) AS rows
WITH size(rows) AS total, rows[$skip..$skip + $limit] AS page
CALL (page) {
  UNWIND range(0, size(page) - 1) AS at
  WITH at, page[at].g AS g, page[at].i AS i, page[at].s AS s, page[at].n AS n
  ORDER BY at
  RETURN collect({id: i.id, title: i.title, description: i.description, status: i.status,
                  network: {id: n.id, name: n.name, kind: n.kind},
                  spearhead: {key: s.key, title: s.title},
                  values: COLLECT { MATCH (g)-[p:PRIORITISES]->(s)
                                    UNWIND range(0, size(coalesce(p.values, [])) - 1) AS k
                                    MATCH (v:Value {key: p.values[k]})
                                    RETURN {key: v.key, label: v.label} ORDER BY k },
                  initiators: COUNT { (:Person)-[:CARRIES {role: 'INITIATOR'}]->(i) },
                  heldOn: g.heldOn,
                  last: COLLECT { MATCH (i)-[:CHANGED]->(c:StatusChange)
                                  RETURN {on: c.on, note: c.note} ORDER BY c.at DESC LIMIT 1 }}) AS items
}
RETURN total, items;
