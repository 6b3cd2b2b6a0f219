// Idea texts: every idea with its network, title and description, for the similarity index of the ideas box
// (nl.mijnstad.ideas.SimilarityIndex). Streamed; no parameters; no personal data.
MATCH (n:Network)<-[:OF]-(:Gathering)-[:PROPOSED]->(i:Idea)
RETURN i.id AS id, n.id AS network, i.title AS title, coalesce(i.description, '') AS description;
