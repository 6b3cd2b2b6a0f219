package nl.mijnstad.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import nl.mijnstad.api.ConflictException;
import nl.mijnstad.api.FieldProblem;
import nl.mijnstad.api.ForbiddenException;
import nl.mijnstad.api.InvalidRequestException;
import nl.mijnstad.api.NotFoundException;
import nl.mijnstad.graph.RetriedTransactions;
import nl.mijnstad.security.Caller;
import nl.mijnstad.vocabulary.Normaliser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Takes in a gathering's output: checks it, writes it in one transaction with one statement, and makes a
 * retried request with the same {@code Idempotency-Key} return the first result. The public face of this module.
 */
@Service
public class Submissions {

	/** What a submission returns, and whether it was a replay of an earlier one. */
	public record Outcome(GatheringView gathering, boolean replayed) {
	}

	private final GatheringRepository repository;

	private final Normaliser normaliser;

	private final RetriedTransactions transactions;

	private final Clock clock = Clock.systemDefaultZone();

	/** Set by Spring; tells the analytics a gathering committed, so they refresh without waiting for a poll. */
	private ApplicationEventPublisher events = event -> { };

	Submissions(GatheringRepository repository, Normaliser normaliser, RetriedTransactions transactions) {
		this.repository = repository;
		this.normaliser = normaliser;
		this.transactions = transactions;
	}

	@Autowired
	void setEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	public Outcome submit(String networkId, GatheringSubmission submission, String idempotencyKey, Caller caller) {
		if (!caller.holds(networkId)) {
			throw this.repository.networkExists(networkId) ? new ForbiddenException("You hold no network with id " + networkId)
					: new NotFoundException("network", networkId);
		}
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
			throw new InvalidRequestException("Idempotency-Key", "between 1 and 200 characters");
		}
		SubmissionPlan plan = SubmissionPlan.of(submission, this.normaliser, LocalDate.now(this.clock));
		String submissionKey = SubmissionPlan.storedKey(caller.username(), idempotencyKey);
		String requestHash = RequestHash.of(networkId, submission);
		Optional<GatheringView> written;
		try {
			written = write(plan, networkId, caller.username(), submissionKey, requestHash);
		}
		catch (DataIntegrityViolationException ex) {
			// Another request with the same key committed between our guard and our commit.
			written = Optional.empty();
		}
		if (written.isPresent()) {
			this.events.publishEvent(new GatheringSubmitted(networkId, written.get().id()));
			return new Outcome(written.get(), false);
		}
		return explain(networkId, submission, plan, submissionKey, requestHash);
	}

	/**
	 * The one write, a statement that is its own transaction, tried again when Neo4j reports a conflict: such a
	 * transaction was rolled back, and the guard makes a second attempt safe, so concurrent submissions to the same
	 * values do not fail the client. Auto-committed, so the shared values and spearheads it locks are free again
	 * as soon as it has run (see {@link RetriedTransactions#autoCommit}).
	 */
	private Optional<GatheringView> write(SubmissionPlan plan, String networkId, String username, String submissionKey,
			String requestHash) {
		return this.transactions
			.autoCommit(() -> this.repository.write(plan, networkId, username, submissionKey, requestHash));
	}

	private Outcome explain(String networkId, GatheringSubmission submission, SubmissionPlan plan,
			String submissionKey, String requestHash) {
		GatheringRepository.Diagnosis diagnosis = this.repository.diagnose(networkId, plan.people(), submissionKey);
		if (diagnosis.keyHash() != null) {
			if (!diagnosis.keyHash().equals(requestHash)) {
				throw new ConflictException("Idempotency-Key",
						"This Idempotency-Key was used for a different request; use a new key for a new submission");
			}
			return new Outcome(this.repository.find(diagnosis.keyGathering()).orElseThrow(), true);
		}
		if (!diagnosis.networkExists()) {
			throw new NotFoundException("network", networkId);
		}
		if (!diagnosis.notMembers().isEmpty()) {
			List<FieldProblem> errors = SubmissionPlan.fieldsNaming(submission, new HashSet<>(diagnosis.notMembers()))
				.stream()
				.map(field -> new FieldProblem(field, "not a member of this network"))
				.toList();
			throw new InvalidRequestException(errors);
		}
		throw new IllegalStateException("The submission was not written and no reason was found");
	}

	/** The most gatherings {@link #ofNetworks} returns. */
	public static final int LIST_LIMIT = 200;

	/** The gatherings of those of these networks the caller holds, newest first (at most {@link #LIST_LIMIT}). */
	public List<GatheringView> ofNetworks(Caller caller, Collection<String> networks) {
		List<String> held = networks.stream().filter(caller::holds).toList();
		return held.isEmpty() ? List.of() : this.repository.findByNetworks(held, LIST_LIMIT);
	}

	public GatheringView get(String id, Caller caller) {
		GatheringView view = this.repository.find(id).orElseThrow(() -> new NotFoundException("gathering", id));
		return caller.holds(view.network()) ? view : view.withoutPeople();
	}

}
