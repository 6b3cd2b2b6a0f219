package nl.mijnstad.submission;

import java.time.LocalDate;
import java.util.Map;

import nl.mijnstad.graph.DatabaseConflicts;
import nl.mijnstad.vocabulary.Normaliser;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.TransientException;

/**
 * The ingest benchmark's baseline: a submission written straight through the Neo4j driver with the service's
 * own statement ({@link GatheringRepository#WRITE}) and parameters ({@link SubmissionPlan#parameters}), without
 * HTTP, authentication, validation, Spring's transaction template or turning the answer into a view. Lives in this
 * package because both are package-private to the submission module.
 */
public final class RawSubmissionWriter {

	private final Normaliser normaliser;

	public RawSubmissionWriter(Normaliser normaliser) {
		this.normaliser = normaliser;
	}

	/** The statement's parameters for one submission, as {@code GatheringRepository.write} binds them. */
	public Map<String, Object> parameters(String networkId, GatheringSubmission submission, String submittedBy,
			String idempotencyKey) {
		SubmissionPlan plan = SubmissionPlan.of(submission, this.normaliser, LocalDate.now());
		return plan.parameters(networkId, submittedBy, SubmissionPlan.storedKey(submittedBy, idempotencyKey),
				"raw-baseline");
	}

	/**
	 * Writes as a transaction of its own (auto-commit, as the service does) and fetches the row the statement
	 * answers with; tried again, up to three times, when Neo4j rolled it back for a conflict, as the service does.
	 * True when the guard let the write through (a row came back).
	 */
	public static boolean write(Session session, Map<String, Object> parameters) {
		for (int attempt = 1;; attempt++) {
			try {
				return session.run(GatheringRepository.WRITE, parameters).list().size() == 1;
			}
			catch (TransientException ex) {
				// The service's own rule for what a new attempt resolves.
				if (attempt > RETRIES || !DatabaseConflicts.isConflict(ex)) {
					throw ex;
				}
				try {
					Thread.sleep(20L << (attempt - 1));
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/** As many retries as the service's {@code @RetriedOnConflict}. */
	private static final int RETRIES = 3;

	/** Opens a session on the driver; one per benchmark client. */
	public static Session session(Driver driver) {
		return driver.session();
	}

}
