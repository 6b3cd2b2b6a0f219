package nl.mijnstad.graph;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction run in code rather than by annotation, with the same retry on conflicts as
 * {@link RetriedOnConflict}: for writes that decide around their transaction what to do on failure.
 */
@Component
public class RetriedTransactions {

	private final TransactionTemplate transactions;

	RetriedTransactions(TransactionTemplate transactions) {
		this.transactions = transactions;
	}

	/** Runs the callback in a new transaction, again (up to three times) if a conflict rolled it back. */
	@RetriedOnConflict
	public <T> T execute(TransactionCallback<T> callback) {
		return this.transactions.execute(callback);
	}

	/**
	 * Runs one statement as a transaction of its own (Neo4j's auto-commit: no Spring transaction is open, so the
	 * {@code Neo4jClient} runs it on a session directly), again (up to three times) if a conflict rolled it back.
	 * The server commits as soon as the statement has run, so the locks it took are released without waiting for a
	 * round trip to this process and back; with an explicit transaction they stay held until the client's COMMIT
	 * arrives, which under load includes the time a busy request thread takes to be scheduled again. For a write
	 * that is one statement, this keeps contended nodes (shared values, spearheads) locked for the shortest time.
	 */
	@RetriedOnConflict
	public <T> T autoCommit(Supplier<T> statement) {
		return statement.get();
	}

}
