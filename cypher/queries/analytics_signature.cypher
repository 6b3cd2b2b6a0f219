// Analytics change signature: counts that change whenever a write changes what the analytics show.
// Each count is answered from Neo4j's count store, so polling it every second costs next to nothing.
// Writes that change no count (an idea's status, a vocabulary merge) create an (:AnalyticsChange) node.
// No parameters; one row.
CALL () { MATCH (n:Gathering) RETURN count(n) AS gatherings }
CALL () { MATCH (n:Network) RETURN count(n) AS networks }
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Idea) RETURN count(n) AS ideas }
CALL () { MATCH (n:Value) RETURN count(n) AS values }
CALL () { MATCH (n:District) RETURN count(n) AS districts }
CALL () { MATCH (n:AnalyticsChange) RETURN count(n) AS changes }
CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships }
CALL () { MATCH ()-[r:LIVES_IN]->() RETURN count(r) AS residences }
CALL () { MATCH ()-[r:CONNECTS]->() RETURN count(r) AS connectors }
CALL () { MATCH ()-[r:PART_OF]->() RETURN count(r) AS partOf }
CALL () { MATCH ()-[r:WORKS_WITH]->() RETURN count(r) AS worksWith }
RETURN [gatherings, networks, people, ideas, values, districts, changes, memberships, residences, connectors,
        partOf, worksWith] AS signature;
