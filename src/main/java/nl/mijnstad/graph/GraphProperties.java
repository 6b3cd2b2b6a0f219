package nl.mijnstad.graph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the service keeps its data and how the embedded database is reached.
 *
 * @param dataDir the folder of the embedded database, its generated password and other local state
 * (environment variable {@code MIJNSTAD_DATA_DIR}); unused with an external database
 * @param neo4j the embedded database's Bolt connector
 */
@ConfigurationProperties("mijnstad")
public record GraphProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Neo4j neo4j) {

	/**
	 * The embedded database's Bolt connector, bound to 127.0.0.1 only.
	 *
	 * @param boltPort the Bolt port for Neo4j Browser, cypher-shell and notebooks; {@code 0} picks a free port
	 * @param password the password of the {@code neo4j} user; when empty, one is generated on first start and
	 * kept in {@code <data-dir>/neo4j-password}, readable only by its owner
	 */
	public record Neo4j(@DefaultValue("7687") int boltPort, String password) {
	}

}
