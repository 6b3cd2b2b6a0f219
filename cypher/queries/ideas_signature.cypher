// Ideas signature: changes whenever an idea is added or removed or a status or vocabulary change is recorded,
// so the similarity index of the ideas box is rebuilt once per change, not per request. Both counts come from
// Neo4j's count store. No parameters; one row.
CALL () { MATCH (i:Idea) RETURN count(i) AS ideas }
CALL () { MATCH (c:AnalyticsChange) RETURN count(c) AS changes }
RETURN [ideas, changes] AS signature;
