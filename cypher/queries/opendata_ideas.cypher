// Open data, ideas: every idea with its status, the spearhead it is for and the network whose gathering proposed
// it, for the open-data ZIP (nl.mijnstad.opendata). Titles only: never a description (free text may name people)
// and never who carries an idea.
// Parameters: $since, the earliest gathering date to include (a date string, e.g. '2000-01-01' for all).
// :param since => '2000-01-01'
MATCH (g:Gathering)-[:PROPOSED]->(i:Idea)-[:FOR]->(s:Spearhead), (g)-[:OF]->(n:Network)
WHERE g.heldOn >= date($since)
RETURN i.id AS id, i.title AS title, coalesce(i.status, 'PLANNED') AS status, s.key AS spearhead,
       s.title AS spearheadTitle, n.id AS network, n.name AS networkName, g.id AS gathering,
       toString(g.heldOn) AS heldOn
ORDER BY heldOn, networkName, spearhead, title, id;
