// Overlapping networks: which pairs of networks share members, and how strongly (Jaccard: shared ÷ either)?
// Counts only: no person is named. For a large city the service's /api/v1/analytics/overlaps is faster.
// Parameters: $minShared (integer): at least this many shared members; $limit (integer): at most this many pairs.
// :param minShared => 1
// :param limit => 25
MATCH (a:Network)<-[:MEMBER_OF]-(p:Person)-[:MEMBER_OF]->(b:Network)
WHERE a.id < b.id
WITH a, b, count(DISTINCT p) AS shared
WHERE shared >= $minShared
WITH a, b, shared, COUNT { (a)<-[:MEMBER_OF]-(:Person) } AS membersA, COUNT { (b)<-[:MEMBER_OF]-(:Person) } AS membersB
RETURN a.id AS a, a.name AS networkA, b.id AS b, b.name AS networkB, shared,
       round(toFloat(shared) / (membersA + membersB - shared), 3) AS jaccard
ORDER BY shared DESC, jaccard DESC, networkA, networkB
LIMIT $limit;
