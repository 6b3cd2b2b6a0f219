package nl.mijnstad.reference;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** The districts people live in and networks are active in; the public face of the reference data. */
@Service
public class Districts {

	private final Neo4jClient neo4j;

	Districts(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public List<District> all() {
		return List.copyOf(this.neo4j.query("""
				MATCH (d:District)
				RETURN d.code AS code, d.name AS name, d.population AS population,
				       d.municipality AS municipality, d.source AS source
				ORDER BY d.code""")
			.fetchAs(District.class)
			.mappedBy((types, row) -> new District(row.get("code").asString(), row.get("name").asString(),
					row.get("population").asLong(0), row.get("municipality").asString(null),
					row.get("source").asString(null)))
			.all());
	}

	/** The codes among these that name no known district. */
	public Set<String> unknown(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Set.of();
		}
		Set<String> known = new HashSet<>(this.neo4j.query("""
				UNWIND $codes AS code
				MATCH (d:District {code: code})
				RETURN d.code""").bind(List.copyOf(new HashSet<>(codes))).to("codes").fetchAs(String.class).all());
		Set<String> unknown = new HashSet<>(codes);
		unknown.removeAll(known);
		return unknown;
	}

}
