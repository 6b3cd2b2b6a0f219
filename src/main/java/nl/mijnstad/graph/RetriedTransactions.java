package nl.mijnstad.graph;

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

}
