package nl.mijnstad.backup;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;

/**
 * Holds back commits while a backup reads the graph. Neo4j reads are read-committed, not snapshots, so a
 * backup reading for seconds could otherwise see half of a later submission's effects on other nodes than the
 * ones it already read. Neo4j calls {@link #beforeCommit} in every transaction that changes data, whoever runs
 * it, before its changes become visible; while the gate is closed it waits there. Nothing is lost: the waiting
 * transaction keeps its changes and commits as soon as the gate opens, and its client simply gets its answer
 * later. Read-only transactions never pass here, so reads (and the backup itself) go on.
 */
final class WriteGate implements TransactionEventListener<Boolean> {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	/** How long a commit waits for a closed gate at most: a safety net, as {@link #open} runs in a finally. */
	private final Duration longestWait;

	private int committing;

	private boolean closed;

	WriteGate(Duration longestWait) {
		this.longestWait = longestWait;
	}

	@Override
	public Boolean beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database)
			throws Exception {
		this.lock.lock();
		try {
			long nanos = this.longestWait.toNanos();
			while (this.closed) {
				if (nanos <= 0) {
					throw new TimeoutException("A backup held this commit back for longer than " + this.longestWait);
				}
				nanos = this.changed.awaitNanos(nanos);
			}
			this.committing++;
			return Boolean.TRUE;
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void afterCommit(TransactionData data, Boolean entered, GraphDatabaseService database) {
		leave(entered);
	}

	@Override
	public void afterRollback(TransactionData data, Boolean entered, GraphDatabaseService database) {
		leave(entered);
	}

	private void leave(Boolean entered) {
		if (!Boolean.TRUE.equals(entered)) {
			return;
		}
		this.lock.lock();
		try {
			this.committing--;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Stops new commits and waits for those under way to finish; from then on the graph does not change until
	 * {@link #open}. Gives up (and opens again) if the commits under way take longer than {@code timeout}.
	 */
	void close(Duration timeout) throws InterruptedException, TimeoutException {
		this.lock.lock();
		try {
			this.closed = true;
			long nanos = timeout.toNanos();
			while (this.committing > 0) {
				if (nanos <= 0) {
					open();
					throw new TimeoutException("Commits under way did not finish within " + timeout);
				}
				nanos = this.changed.awaitNanos(nanos);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	void open() {
		this.lock.lock();
		try {
			this.closed = false;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

}
