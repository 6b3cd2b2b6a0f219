// Example ideas per spearhead, for the city profile ("stip op de horizon"): for each spearhead key in $spearheads,
// the titles of at most $perSpearhead of its ideas: done ones first, then running, then planned, each by the most
// people carrying them, then by title. Stopped ideas are left out. Reads titles only, never who carries an idea.
// Parameters: $spearheads (list of spearhead keys), $perSpearhead (integer).
// In Neo4j Browser:  :param spearheads => ['meer groen in de wijk']   :param perSpearhead => 3
MATCH (s:Spearhead)
WHERE s.key IN $spearheads
RETURN s.key AS spearhead,
       COLLECT {
         MATCH (i:Idea)-[:FOR]->(s)
         WHERE coalesce(i.status, 'PLANNED') <> 'STOPPED'
         WITH i, CASE i.status WHEN 'DONE' THEN 0 WHEN 'RUNNING' THEN 1 ELSE 2 END AS stage,
              COUNT { (:Person)-[:CARRIES]->(i) } AS carriers
         ORDER BY stage, carriers DESC, i.title
         LIMIT $perSpearhead
         RETURN i.title
       } AS ideas;
