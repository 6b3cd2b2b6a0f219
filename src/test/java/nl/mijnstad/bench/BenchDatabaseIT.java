package nl.mijnstad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;

/** The benchmark can make its database (Community, no checkpoint procedure) write a checkpoint on demand. */
class BenchDatabaseIT {

	@Test
	void aForcedCheckpointCoversEveryCommittedTransaction(@TempDir Path dir) throws Exception {
		try (BenchDatabase database = BenchDatabase.fresh(dir.resolve("neo4j"), dir.resolve("no-plugins"))) {
			database.database().executeTransactionally("CREATE (:Probe)");
			database.database().executeTransactionally("CREATE (:Probe)");
			long committed = ((GraphDatabaseAPI) database.database()).getDependencyResolver()
				.resolveDependency(TransactionIdStore.class)
				.getLastCommittedTransactionId();

			assertThat(database.checkpoint()).isEqualTo(committed);
		}
	}

}
