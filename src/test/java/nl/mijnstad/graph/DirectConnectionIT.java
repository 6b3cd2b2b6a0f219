package nl.mijnstad.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/** Over a direct (bolt://) connection, as the tests and the embedded database use, no bookmarks are kept. */
class DirectConnectionIT extends IntegrationTest {

	@Autowired
	Neo4jClient client;

	@Autowired
	Neo4jBookmarkManager bookmarks;

	@Autowired
	RetriedTransactions transactions;

	@Test
	void writesLeaveNoBookmarksAndAreSeenAtOnce() {
		String id = UUID.randomUUID().toString();

		this.client.query("CREATE (:Probe {id: $id})").bind(id).to("id").run();
		long seenOnItsOwn = this.client.query("MATCH (p:Probe {id: $id}) RETURN count(p)").bind(id).to("id")
			.fetchAs(Long.class).one().orElseThrow();
		long seenInATransaction = this.transactions.execute(status -> this.client
			.query("MATCH (p:Probe {id: $id}) DETACH DELETE p RETURN 1").bind(id).to("id").fetch().all().size());

		assertThat(this.bookmarks.getBookmarks()).isEmpty();
		assertThat(seenOnItsOwn).isOne();
		assertThat(seenInATransaction).isOne();
	}

}
