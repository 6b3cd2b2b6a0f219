// Vocabulary merge of two spearheads: every gathering's PRIORITISES link moves from spearhead $from to
// spearhead $into, with all its properties (rank, wording, explanation, values). A gathering that prioritised
// both keeps one link: the one it ranked higher (lower rank; the target's on a tie), with the value keys of
// both links (without repeats), the other's explanation if it had none, and the other link's wording in its
// alsoWorded list; the gathering's ranks then have a gap, which a ranking by order ignores. Ideas FOR $from
// are for $into; the values $from served are served by $into; aliases of $from point to $into and $from
// itself becomes a (:SpearheadAlias) of $into. Recorded as a (:VocabularyMerge) with an (:AnalyticsChange);
// $from is deleted (DELETE, not DETACH DELETE: an unknown relationship makes the statement fail whole).
// No row comes back when either spearhead does not exist (or they are the same).
// Parameters: $from, $into (spearhead keys), $mergeId (new UUID), $by (username).
// :param {from: 'groen wijk', into: 'groen buurt', mergeId: randomUUID(), by: 'admin'}
MATCH (a:Spearhead {key: $from}), (b:Spearhead {key: $into})
WHERE a <> b
CALL (a, b) {
  MATCH (g:Gathering)-[h:PRIORITISES]->(a), (g)-[k:PRIORITISES]->(b)
  WITH h, k, coalesce(h.rank, 0) < coalesce(k.rank, 0) AS sourceFirst
  WITH h, k, CASE WHEN sourceFirst THEN properties(h) ELSE properties(k) END AS kept,
       CASE WHEN sourceFirst THEN properties(k) ELSE properties(h) END AS other
  SET k = kept
  SET k.alsoWorded = coalesce(kept.alsoWorded, []) + [other.wording] + coalesce(other.alsoWorded, []),
      k.values = reduce(acc = [], v IN coalesce(kept.values, []) + coalesce(other.values, []) |
                        CASE WHEN v IN acc THEN acc ELSE acc + v END),
      k.explanation = coalesce(kept.explanation, other.explanation)
  DELETE h
  RETURN count(*) AS collapsed
}
CALL (a, b) {
  MATCH (g:Gathering)-[h:PRIORITISES]->(a)
  CREATE (g)-[m:PRIORITISES]->(b)
  SET m = properties(h)
  DELETE h
  RETURN count(*) AS moved
}
CALL (a, b) {
  MATCH (i:Idea)-[r:FOR]->(a)
  CREATE (i)-[:FOR]->(b)
  DELETE r
  RETURN count(*) AS ideas
}
CALL (a, b) {
  MATCH (a)-[r:SERVES]->(v:Value)
  MERGE (b)-[:SERVES]->(v)
  DELETE r
  RETURN count(*) AS serves
}
CALL (a, b) {
  MATCH (x:SpearheadAlias)-[r:ALIAS_OF]->(a)
  DELETE r
  CREATE (x)-[:ALIAS_OF]->(b)
  RETURN count(*) AS aliases
}
MERGE (alias:SpearheadAlias {key: a.key})
SET alias.label = a.title
WITH a, b, alias, collapsed, moved, ideas, serves, aliases
CALL (alias) {
  MATCH (alias)-[old:ALIAS_OF]->()
  DELETE old
}
CREATE (alias)-[:ALIAS_OF]->(b)
CREATE (m:VocabularyMerge {id: $mergeId, kind: 'SPEARHEAD', from: a.key, fromLabel: a.title, into: b.key,
                           intoLabel: b.title, at: datetime.statement(), by: $by, moved: moved + collapsed,
                           collapsed: collapsed, serves: serves, valueLists: 0, ideas: ideas})
CREATE (:AnalyticsChange {at: datetime.statement(), what: 'vocabulary merge SPEARHEAD ' + a.key + ' into ' + b.key})
DELETE a
RETURN m.id AS id;
