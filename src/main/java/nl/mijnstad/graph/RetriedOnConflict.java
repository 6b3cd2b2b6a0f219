package nl.mijnstad.graph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.resilience.annotation.Retryable;

/**
 * Marks a write whose whole transaction may run again when Neo4j reports a transient conflict (a deadlock, a lock
 * that could not be taken): such a transaction was rolled back, so a second attempt cannot write twice, and two
 * clients writing the same values at once both succeed instead of one getting a 503. Put it on the method that
 * opens the transaction (with {@code @Transactional}); the retry wraps the transaction, and a method that joins a
 * caller's transaction is never retried on its own (see {@link DatabaseConflicts}).
 * <p>
 * Read-only transactions carry it too: under concurrent writes Neo4j may also end a read with a transient
 * transaction error (seen once in a soak run as a 503 on the ideas box), and a read can always run again.
 * <p>
 * Four attempts, waiting about 20, 40 and 80 ms (with jitter, so colliding writers spread out) between them.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = DatabaseConflicts.class, maxRetries = DatabaseConflicts.RETRIES, delay = 20, jitter = 10,
		multiplier = 2, maxDelay = 200)
public @interface RetriedOnConflict {

}
