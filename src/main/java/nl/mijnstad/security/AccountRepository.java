package nl.mijnstad.security;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Accounts and API tokens in the graph: {@code (:ApiToken)-[:FOR]->(:Account)-[:MANAGES]->(:Network)}. */
@Repository
class AccountRepository {

	private final Neo4jClient neo4j;

	AccountRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	record StoredAccount(Caller caller, String passwordHash) {
	}

	Optional<StoredAccount> find(String username) {
		return this.neo4j.query("""
				MATCH (a:Account {username: $username})
				OPTIONAL MATCH (a)-[:MANAGES]->(n:Network)
				RETURN a.username AS username, a.roles AS roles, a.passwordHash AS hash, collect(n.id) AS networks""")
			.bind(username)
			.to("username")
			.fetchAs(StoredAccount.class)
			.mappedBy((types, row) -> new StoredAccount(
					new Caller(row.get("username").asString(), roles(row.get("roles").asList(v -> v.asString())),
							new HashSet<>(row.get("networks").asList(v -> v.asString()))),
					row.get("hash").asString()))
			.one();
	}

	boolean exists(String username) {
		return this.neo4j.query("MATCH (a:Account {username: $username}) RETURN count(a) > 0")
			.bind(username)
			.to("username")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	List<String> missingNetworks(Collection<String> ids) {
		return List.copyOf(this.neo4j.query("""
				UNWIND $ids AS id
				OPTIONAL MATCH (n:Network {id: id})
				WITH id, n WHERE n IS NULL
				RETURN id""").bind(List.copyOf(ids)).to("ids").fetchAs(String.class).all());
	}

	void create(String username, String passwordHash, Set<Role> roles, Collection<String> networks) {
		this.neo4j.query("""
				CREATE (a:Account {username: $username, passwordHash: $hash, roles: $roles, createdAt: datetime()})
				WITH a
				UNWIND $networks AS id
				MATCH (n:Network {id: id})
				MERGE (a)-[:MANAGES]->(n)""")
			.bindAll(Map.of("username", username, "hash", passwordHash, "roles",
					roles.stream().map(Enum::name).sorted().toList(), "networks", List.copyOf(networks)))
			.run();
	}

	void grant(String username, String networkId) {
		this.neo4j.query("""
				MATCH (a:Account {username: $username}), (n:Network {id: $network})
				MERGE (a)-[:MANAGES]->(n)""").bindAll(Map.of("username", username, "network", networkId)).run();
	}

	void storeToken(String hash, String username, Instant expiresAt) {
		this.neo4j.query("""
				MATCH (a:Account {username: $username})
				CREATE (t:ApiToken {hash: $hash, createdAt: datetime(), expiresAt: $expiresAt})-[:FOR]->(a)""")
			.bindAll(Map.of("hash", hash, "username", username, "expiresAt", expiresAt.atOffset(ZoneOffset.UTC)))
			.run();
	}

	record StoredToken(String username, Instant expiresAt) {
	}

	Optional<StoredToken> findToken(String hash) {
		return this.neo4j.query("""
				MATCH (t:ApiToken {hash: $hash})-[:FOR]->(a:Account)
				RETURN a.username AS username, t.expiresAt AS expiresAt""")
			.bind(hash)
			.to("hash")
			.fetchAs(StoredToken.class)
			.mappedBy((types, row) -> new StoredToken(row.get("username").asString(),
					row.get("expiresAt").asZonedDateTime().toInstant()))
			.one();
	}

	void deleteToken(String hash) {
		this.neo4j.query("MATCH (t:ApiToken {hash: $hash}) DETACH DELETE t").bind(hash).to("hash").run();
	}

	private static Set<Role> roles(List<String> names) {
		Set<Role> roles = new HashSet<>();
		names.forEach(name -> roles.add(Role.valueOf(name)));
		return roles;
	}

}
