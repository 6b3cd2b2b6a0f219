package nl.mijnstad.graph;

import java.net.URI;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.data.neo4j.repository.config.Neo4jRepositoryConfigurationExtension;

/**
 * The client and transaction manager Boot would make, with bookmarks only where they do something. Bookmarks
 * carry causal consistency from one member of a cluster to the next, and only a routing driver ({@code neo4j://}
 * URIs) spreads transactions over members. A direct connection ({@code bolt://}, as to the embedded database)
 * talks to one server, which has applied a transaction before it acknowledges the commit, so every later
 * transaction sees it anyway; there bookmarks only cost every statement a copy of the shared set before it, a
 * locked update of the set and an application event after it.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jClientConfiguration {

	/**
	 * One manager for the client and the transaction manager, so that on a cluster a statement run on its own and a
	 * transaction see each other's writes; none for a direct connection.
	 */
	@Bean
	Neo4jBookmarkManager neo4jBookmarkManager(Neo4jConnectionDetails connection) {
		return routes(connection.getUri()) ? Neo4jBookmarkManager.create() : Neo4jBookmarkManager.noop();
	}

	@Bean
	Neo4jClient neo4jClient(Driver driver, DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks) {
		return Neo4jClient.with(driver)
			.withDatabaseSelectionProvider(databases)
			.withNeo4jBookmarkManager(bookmarks)
			.build();
	}

	@Bean(Neo4jRepositoryConfigurationExtension.DEFAULT_TRANSACTION_MANAGER_BEAN_NAME)
	Neo4jTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases,
			Neo4jBookmarkManager bookmarks, ObjectProvider<TransactionManagerCustomizers> customizers) {
		Neo4jTransactionManager manager = Neo4jTransactionManager.with(driver)
			.withDatabaseSelectionProvider(databases)
			.withBookmarkManager(bookmarks)
			.build();
		customizers.ifAvailable(all -> all.customize(manager));
		return manager;
	}

	/**
	 * Whether the driver routes over the members of a cluster: the {@code neo4j}, {@code neo4j+s} and
	 * {@code neo4j+ssc} schemes.
	 */
	static boolean routes(URI uri) {
		String scheme = uri.getScheme();
		return scheme == null || scheme.startsWith("neo4j");
	}

}
