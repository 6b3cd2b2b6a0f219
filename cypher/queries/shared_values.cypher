// Shared values: which values do the most networks hold, and in how many gatherings and kinds of network?
// A value many different networks hold is broadly shared; one held by many gatherings of one network is not.
// Parameters: $minNetworks (integer): only values held by at least this many networks.
// :param minNetworks => 2
MATCH (n:Network)<-[:OF]-(g:Gathering)-[:HOLDS]->(v:Value)
WITH v, count(DISTINCT n) AS networks, count(DISTINCT g) AS gatherings, count(DISTINCT n.kind) AS kinds
WHERE networks >= $minNetworks
RETURN v.key AS value, v.label AS label, networks, gatherings, kinds
ORDER BY networks DESC, gatherings DESC, value;
