// Person display names: the names the frontier and broker views show connectors and admins, by person id.
// Parameters: $ids, a list of person ids. In Neo4j Browser: :param ids => ['<personId>', '<personId>']
// Returns id and displayName only: never contact data (that lives on :Contact and is not touched here).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.displayName AS displayName;
