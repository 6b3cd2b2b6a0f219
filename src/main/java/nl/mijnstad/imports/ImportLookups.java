package nl.mijnstad.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mijnstad.network.Networks;
import nl.mijnstad.reference.Districts;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The few reads an import's checks need: which districts exist, and which networks a file names. */
@Component
class ImportLookups implements NetworkCsv.Lookups, GatheringCsv.Lookups {

	private final Neo4jClient neo4j;

	private final Districts districts;

	ImportLookups(Neo4jClient neo4j, Districts districts) {
		this.neo4j = neo4j;
		this.districts = districts;
	}

	@Override
	public Set<String> unknownDistricts(Collection<String> codes) {
		return codes.isEmpty() ? Set.of() : this.districts.unknown(List.copyOf(codes));
	}

	@Override
	public Map<String, String> networksByNameKey(Collection<String> nameKeys) {
		Map<String, String> ids = new HashMap<>();
		this.neo4j.query("MATCH (n:Network) WHERE n.nameKey IN $keys RETURN n.nameKey AS key, n.id AS id")
			.bind(List.copyOf(nameKeys))
			.to("keys")
			.fetch()
			.all()
			.forEach(row -> ids.put((String) row.get("key"), (String) row.get("id")));
		return ids;
	}

	/** A reference is a network's id or its name (ignoring case and spacing, as network names are unique). */
	@Override
	public Map<String, String> networks(Collection<String> references) {
		Map<String, String> byKey = new HashMap<>();
		references.forEach(reference -> byKey.put(Networks.nameKey(reference), reference));
		Map<String, String> found = new HashMap<>();
		this.neo4j.query("""
				MATCH (n:Network) WHERE n.id IN $references OR n.nameKey IN $keys
				RETURN n.id AS id, n.nameKey AS key""")
			.bindAll(Map.of("references", List.copyOf(references), "keys", List.copyOf(byKey.keySet())))
			.fetch()
			.all()
			.forEach(row -> {
				String id = (String) row.get("id");
				if (references.contains(id)) {
					found.put(id, id);
				}
				String reference = byKey.get((String) row.get("key"));
				if (reference != null) {
					found.putIfAbsent(reference, id);
				}
			});
		return found;
	}

}
