// Analytics projection: everything the analytics need, as one streamed result of typed rows.
// The service reads it in one query and builds its in-memory graphs from it (see nl.mijnstad.analytics).
// Columns: row (the kind of row), id, ref, text, number, list. No parameters. No contact data is read.
MATCH (d:District)
RETURN 'district' AS row, d.code AS id, null AS ref, d.name AS text, d.population AS number,
       [d.age_0_14, d.age_15_24, d.age_25_44, d.age_45_64, d.age_65_plus] AS list
UNION ALL
MATCH (n:Network)
RETURN 'network' AS row, n.id AS id, n.name AS ref, n.kind AS text, null AS number,
       [(n)-[:ACTIVE_IN]->(d:District) | d.code] AS list
UNION ALL
// A person's memberships come in the person's row: one row per person, not one per membership (a million at
// national scale, and every row costs the same framing over Bolt whatever it holds).
MATCH (p:Person)
OPTIONAL MATCH (p)-[:LIVES_IN]->(d:District)
RETURN 'person' AS row, p.id AS id, d.code AS ref, null AS text, p.birthYear AS number,
       [(p)-[:MEMBER_OF]->(n:Network) | n.id] AS list
UNION ALL
MATCH (p:Person)-[:CONNECTS]->(n:Network)
RETURN 'connector' AS row, p.id AS id, n.id AS ref, null AS text, null AS number, null AS list
UNION ALL
MATCH (a:Network)-[r:PART_OF|WORKS_WITH]->(b:Network)
RETURN 'relation' AS row, a.id AS id, b.id AS ref, type(r) AS text, null AS number, null AS list
UNION ALL
MATCH (g:Gathering)-[:OF]->(n:Network)
RETURN 'gathering' AS row, g.id AS id, n.id AS ref, toString(g.heldOn) AS text, g.participants AS number,
       [(g)-[:HOLDS]->(v:Value) | v.key] AS list
UNION ALL
MATCH (g:Gathering)
RETURN 'ranking' AS row, g.id AS id, null AS ref, null AS text, null AS number,
       COLLECT { MATCH (g)-[r:PRIORITISES]->(s:Spearhead) RETURN s.key ORDER BY r.rank } AS list
UNION ALL
MATCH (g:Gathering)
RETURN 'attendees' AS row, g.id AS id, null AS ref, null AS text, null AS number,
       [(p:Person)-[:ATTENDED]->(g) | p.id] AS list
UNION ALL
MATCH (v:Value)
RETURN 'value' AS row, v.key AS id, null AS ref, v.label AS text, null AS number, null AS list
UNION ALL
MATCH (s:Spearhead)
RETURN 'spearhead' AS row, s.key AS id, null AS ref, s.title AS text, null AS number,
       [(s)-[:SERVES]->(v:Value) | v.key] AS list
UNION ALL
MATCH (g:Gathering)-[:PROPOSED]->(i:Idea)-[:FOR]->(s:Spearhead)
RETURN 'idea' AS row, i.id AS id, g.id AS ref, i.status AS text, COUNT { (:Person)-[:CARRIES]->(i) } AS number,
       [s.key] AS list;
