// Progress per value: the ideas for spearheads that their gathering linked to the value (PRIORITISES.values),
// each idea counted once per value, by status, and how many became reality (running or done).
// One row per value with at least one idea, most ideas first. No parameters.
MATCH (g:Gathering)-[:PROPOSED]->(i:Idea)-[:FOR]->(s:Spearhead)<-[p:PRIORITISES]-(g)
UNWIND coalesce(p.values, []) AS valueKey
MATCH (v:Value {key: valueKey})
WITH DISTINCT v, i
RETURN v.key AS key, v.label AS label, count(*) AS ideas,
       count(CASE i.status WHEN 'PLANNED' THEN 1 END) AS planned,
       count(CASE i.status WHEN 'RUNNING' THEN 1 END) AS running,
       count(CASE i.status WHEN 'DONE' THEN 1 END) AS done,
       count(CASE i.status WHEN 'STOPPED' THEN 1 END) AS stopped
ORDER BY ideas DESC, key;
