// Vocabulary merge of two values: every gathering's HOLDS link moves from value $from to value $into, with all
// its properties (wording, position). A gathering that holds both keeps one link: the one it listed first
// (lower position; the target's on a tie), and the other link's wording goes into that link's alsoWorded list.
// Spearheads that served $from serve $into; value keys in PRIORITISES.values lists are rewritten (without
// repeats); aliases of $from point to $into and $from itself becomes a (:ValueAlias) of $into, so later
// wordings that key to $from can be resolved to $into. The merge is recorded as a (:VocabularyMerge) with an
// (:AnalyticsChange), and $from is deleted. DELETE (not DETACH DELETE): should a relationship type this query
// does not know point at $from, the statement fails and nothing changes, rather than losing it.
// No row comes back when either value does not exist (or they are the same).
// Parameters: $from, $into (value keys), $mergeId (new UUID), $by (username).
// :param {from: 'groen', into: 'natur', mergeId: randomUUID(), by: 'admin'}
MATCH (a:Value {key: $from}), (b:Value {key: $into})
WHERE a <> b
CALL (a, b) {
  MATCH ()-[p:PRIORITISES]->()
  WHERE a.key IN p.values
  WITH p, [k IN p.values | CASE k WHEN a.key THEN b.key ELSE k END] AS renamed
  SET p.values = reduce(acc = [], k IN renamed | CASE WHEN k IN acc THEN acc ELSE acc + k END)
  RETURN count(*) AS valueLists
}
CALL (a, b) {
  MATCH (g:Gathering)-[h:HOLDS]->(a), (g)-[k:HOLDS]->(b)
  WITH h, k, coalesce(h.position, 0) < coalesce(k.position, 0) AS sourceFirst
  WITH h, k, CASE WHEN sourceFirst THEN properties(h) ELSE properties(k) END AS kept,
       CASE WHEN sourceFirst THEN properties(k) ELSE properties(h) END AS other
  SET k = kept
  SET k.alsoWorded = coalesce(kept.alsoWorded, []) + [other.wording] + coalesce(other.alsoWorded, [])
  DELETE h
  RETURN count(*) AS collapsed
}
CALL (a, b) {
  MATCH (g:Gathering)-[h:HOLDS]->(a)
  CREATE (g)-[m:HOLDS]->(b)
  SET m = properties(h)
  DELETE h
  RETURN count(*) AS moved
}
CALL (a, b) {
  MATCH (s:Spearhead)-[r:SERVES]->(a)
  MERGE (s)-[:SERVES]->(b)
  DELETE r
  RETURN count(*) AS serves
}
CALL (a, b) {
  MATCH (x:ValueAlias)-[r:ALIAS_OF]->(a)
  DELETE r
  CREATE (x)-[:ALIAS_OF]->(b)
  RETURN count(*) AS aliases
}
MERGE (alias:ValueAlias {key: a.key})
SET alias.label = a.label
WITH a, b, alias, valueLists, collapsed, moved, serves, aliases
CALL (alias) {
  MATCH (alias)-[old:ALIAS_OF]->()
  DELETE old
}
CREATE (alias)-[:ALIAS_OF]->(b)
CREATE (m:VocabularyMerge {id: $mergeId, kind: 'VALUE', from: a.key, fromLabel: a.label, into: b.key,
                           intoLabel: b.label, at: datetime.statement(), by: $by, moved: moved + collapsed,
                           collapsed: collapsed, serves: serves, valueLists: valueLists, ideas: 0})
CREATE (:AnalyticsChange {at: datetime.statement(), what: 'vocabulary merge VALUE ' + a.key + ' into ' + b.key})
DELETE a
RETURN m.id AS id;
