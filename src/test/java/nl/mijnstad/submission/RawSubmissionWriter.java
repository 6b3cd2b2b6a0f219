package nl.mijnstad.submission;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import nl.mijnstad.vocabulary.Normaliser;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The ingest benchmark's baseline: a submission written straight through the Neo4j driver with the service's
 * own statement ({@link GatheringRepository#WRITE}) and parameters ({@link SubmissionPlan}), without HTTP,
 * authentication, Spring's transaction template or the read-back of the written gathering. Lives in this
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
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("network", networkId);
		parameters.put("people", plan.people());
		parameters.put("submissionKey", idempotencyKey == null ? null : submittedBy + "\u0000" + idempotencyKey);
		parameters.put("requestHash", "raw-baseline");
		parameters.put("submittedBy", submittedBy);
		parameters.put("gathering", plan.gathering());
		parameters.put("attendees", plan.attendees());
		parameters.put("values", plan.values());
		parameters.put("spearheads", plan.spearheads());
		parameters.put("ideas", plan.ideas());
		return parameters;
	}

	/** Writes in one transaction of its own; true when the guard let the write through (nodes were created). */
	public static boolean write(Session session, Map<String, Object> parameters) {
		return session.executeWrite(tx -> tx.run(GatheringRepository.WRITE, parameters).consume().counters()
			.nodesCreated() > 0);
	}

	/** Opens a session on the driver; one per benchmark client. */
	public static Session session(Driver driver) {
		return driver.session();
	}

}
