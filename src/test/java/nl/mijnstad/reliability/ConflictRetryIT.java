package nl.mijnstad.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import nl.mijnstad.IntegrationTest;
import nl.mijnstad.graph.DatabaseConflicts;
import nl.mijnstad.graph.RetriedTransactions;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A write that Neo4j rolls back for a conflict with other writers runs again as a whole, in a new transaction,
 * so nothing of the failed attempt stays and the client sees one success; an outage is not retried, and a write
 * that keeps conflicting gives up after four attempts.
 */
class ConflictRetryIT extends IntegrationTest {

	private static final String DEADLOCK = "Neo.TransientError.Transaction.DeadlockDetected";

	@Autowired
	RetriedTransactions transactions;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aConflictedTransactionRunsAgainAndOnlyItsLastAttemptIsCommitted() {
		String marker = UUID.randomUUID().toString();
		AtomicInteger attempts = new AtomicInteger();

		String written = this.transactions.execute(status -> {
			this.neo4j.query("CREATE (:RetryProbe {marker: $marker, attempt: $attempt})")
				.bind(marker).to("marker").bind(attempts.incrementAndGet()).to("attempt").run();
			if (attempts.get() < 3) {
				throw new TransientException(DEADLOCK, "two writers waited on each other");
			}
			return marker;
		});

		assertThat(written).isEqualTo(marker);
		assertThat(attempts).hasValue(3);
		assertThat(count("MATCH (p:RetryProbe {marker: $marker}) RETURN count(p)", "marker", marker)).isOne();
		assertThat(count("MATCH (p:RetryProbe {marker: $marker}) RETURN p.attempt", "marker", marker)).isEqualTo(3);
		this.neo4j.query("MATCH (p:RetryProbe {marker: $marker}) DELETE p").bind(marker).to("marker").run();
	}

	@Test
	void anAutoCommittedStatementRunsOutsideAnyTransactionOfOursAndAgainAfterAConflict() {
		String marker = UUID.randomUUID().toString();
		AtomicInteger attempts = new AtomicInteger();

		String written = this.transactions.autoCommit(() -> {
			// Neo4j rolled an auto-committed statement back when it answers with a conflict: nothing to undo here.
			if (attempts.incrementAndGet() < 3) {
				throw new TransientException(DEADLOCK, "two writers waited on each other");
			}
			assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
			this.neo4j.query("CREATE (:RetryProbe {marker: $marker, attempt: $attempt})")
				.bind(marker).to("marker").bind(attempts.get()).to("attempt").run();
			return marker;
		});

		assertThat(written).isEqualTo(marker);
		assertThat(attempts).hasValue(3);
		assertThat(count("MATCH (p:RetryProbe {marker: $marker}) RETURN p.attempt", "marker", marker)).isEqualTo(3);
		this.neo4j.query("MATCH (p:RetryProbe {marker: $marker}) DELETE p").bind(marker).to("marker").run();
	}

	@Test
	void aWriteThatKeepsConflictingGivesUpAfterFourAttempts() {
		AtomicInteger attempts = new AtomicInteger();

		assertThatThrownBy(() -> this.transactions.execute(status -> {
			attempts.incrementAndGet();
			throw new TransientException(DEADLOCK, "still in the way");
		})).satisfies(failure -> assertThat(DatabaseConflicts.isConflict(failure)).isTrue());
		assertThat(attempts).hasValue(4);
	}

	@Test
	void anOutageIsNotRetriedButAnsweredAtOnce() {
		AtomicInteger attempts = new AtomicInteger();

		assertThatThrownBy(() -> this.transactions.execute(status -> {
			attempts.incrementAndGet();
			throw new ServiceUnavailableException("the database is gone");
		})).satisfies(failure -> assertThat(DatabaseConflicts.isConflict(failure)).isFalse());
		assertThat(attempts).hasValue(1);
	}

	@Test
	void aConflictInsideACallersTransactionIsLeftToTheCaller() {
		AtomicInteger inner = new AtomicInteger();

		assertThatThrownBy(() -> this.transactions.execute(outer -> this.transactions.execute(status -> {
			inner.incrementAndGet();
			throw new TransientException(DEADLOCK, "in the way");
		})));
		// The outer transaction is retried as a whole (4 attempts), each running the inner call once.
		assertThat(inner).hasValue(4);
	}

}
