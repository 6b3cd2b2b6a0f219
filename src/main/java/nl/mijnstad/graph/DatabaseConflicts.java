package nl.mijnstad.graph;

import java.lang.reflect.Method;

import org.neo4j.driver.exceptions.TransientException;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells a transient conflict between concurrent writers (which a new attempt resolves) from a database that cannot
 * be reached (which it does not): the first is retried by {@link RetriedOnConflict}, and both end as a 503 whose
 * detail says which it was.
 */
public final class DatabaseConflicts implements MethodRetryPredicate {

	/** Retries after the first attempt of a write that met a conflict. */
	static final int RETRIES = 3;

	/**
	 * Retries a conflict only when no transaction is still open around the failed call: then the failed call was
	 * the whole transaction, and it was rolled back. Inside a caller's transaction, the caller's own retry decides.
	 */
	@Override
	public boolean shouldRetry(Method method, Throwable failure) {
		return isConflict(failure) && !TransactionSynchronizationManager.isActualTransactionActive();
	}

	/**
	 * Whether Neo4j rolled a transaction back because of other transactions (a deadlock, a lock timeout, a
	 * transaction outdated by a concurrent schema or data change), anywhere in the causes of this failure.
	 */
	public static boolean isConflict(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransientException conflict && conflict.code() != null
					&& conflict.code().startsWith("Neo.TransientError.Transaction.")) {
				return true;
			}
		}
		return false;
	}

}
