// Progress per spearhead: how many of its ideas are planned, running, done or stopped, and how many became
// reality (running or done). One row per spearhead with at least one idea, most ideas first. No parameters.
MATCH (i:Idea)-[:FOR]->(s:Spearhead)
WITH s.key AS key, s.title AS label, i.status AS status
RETURN key, label, count(*) AS ideas,
       count(CASE status WHEN 'PLANNED' THEN 1 END) AS planned,
       count(CASE status WHEN 'RUNNING' THEN 1 END) AS running,
       count(CASE status WHEN 'DONE' THEN 1 END) AS done,
       count(CASE status WHEN 'STOPPED' THEN 1 END) AS stopped
ORDER BY ideas DESC, key;
