// Ideas per value: for each value, the ideas proposed for spearheads that serve it, counted by status, with up
// to five example titles (done and running first). Titles only, never who carries an idea.
// Parameters: $value, a value key (see shared_values), or null for every value.
// :param value => 'groen'
MATCH (v:Value)<-[:SERVES]-(:Spearhead)<-[:FOR]-(i:Idea)
WHERE $value IS NULL OR v.key = $value
WITH v, i, CASE i.status WHEN 'DONE' THEN 0 WHEN 'RUNNING' THEN 1 WHEN 'PLANNED' THEN 2 ELSE 3 END AS stage
ORDER BY stage, i.title
WITH v, collect(DISTINCT i) AS ideas
RETURN v.key AS value, v.label AS label, size(ideas) AS ideas,
       size([i IN ideas WHERE coalesce(i.status, 'PLANNED') = 'PLANNED']) AS planned,
       size([i IN ideas WHERE i.status = 'RUNNING']) AS running,
       size([i IN ideas WHERE i.status = 'DONE']) AS done,
       size([i IN ideas WHERE i.status = 'STOPPED']) AS stopped,
       [i IN ideas | i.title][0..5] AS examples
ORDER BY ideas DESC, value;
