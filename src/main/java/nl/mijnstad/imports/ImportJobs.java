package nl.mijnstad.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import nl.mijnstad.api.NotFoundException;
import nl.mijnstad.security.Caller;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Runs checked imports one at a time on a background thread and keeps their progress for a day, so a caller
 * with a large file gets an answer at once and can follow it. One at a time: two imports of the same new
 * network then cannot race, and an import never takes more than one core from the service.
 *
 * <p>Jobs live in this instance's memory: behind a load balancer, poll the instance that accepted the file
 * (sticky sessions), or read the result in the graph. A restart forgets jobs; a running import rolls back.
 */
@Component
class ImportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final Duration KEPT = Duration.ofDays(1);

	/** The work of one job: writes everything, counting progress, and returns what it created. */
	interface Work {

		Map<String, Integer> run(AtomicInteger processed);

	}

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "imports");
		thread.setDaemon(true);
		return thread;
	});

	ImportJob start(String kind, Caller caller, int total, Work work) {
		forgetOld();
		Job job = new Job(UUID.randomUUID().toString(), kind, caller.username(), total);
		this.jobs.put(job.id, job);
		this.executor.execute(() -> {
			Map<String, Integer> result = null;
			List<RowProblem> problems = null;
			try {
				result = work.run(job.processed);
			}
			catch (ImportRejected ex) {
				problems = ex.rows();
			}
			catch (ErrorResponseException ex) {
				problems = List.of(new RowProblem(1, null, String.valueOf(ex.getBody().getDetail())));
			}
			catch (RuntimeException ex) {
				log.error("Import {} failed; nothing was written", job.id, ex);
				problems = List.of(new RowProblem(1, null, "the import failed on the server and wrote nothing; "
						+ "try again later (" + ex.getClass().getSimpleName() + ")"));
			}
			job.result = result;
			job.problems = problems;
			job.finishedAt = Instant.now();
			job.state = problems == null ? "DONE" : "FAILED";
		});
		return job.view();
	}

	/** The job, for the account that started it or an admin; anyone else gets 404, as for an unknown id. */
	ImportJob get(String id, Caller caller) {
		Job job = this.jobs.get(id);
		if (job == null || !(job.owner.equals(caller.username()) || caller.isAdmin())) {
			throw new NotFoundException("import", id);
		}
		return job.view();
	}

	private void forgetOld() {
		Instant limit = Instant.now().minus(KEPT);
		this.jobs.values().removeIf(job -> job.finishedAt != null && job.finishedAt.isBefore(limit));
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	private static final class Job {

		final String id;

		final String kind;

		final String owner;

		final int total;

		final Instant startedAt = Instant.now();

		final AtomicInteger processed = new AtomicInteger();

		volatile String state = "RUNNING";

		volatile Instant finishedAt;

		volatile Map<String, Integer> result;

		volatile List<RowProblem> problems;

		Job(String id, String kind, String owner, int total) {
			this.id = id;
			this.kind = kind;
			this.owner = owner;
			this.total = total;
		}

		ImportJob view() {
			String now = this.state;
			return new ImportJob(this.id, this.kind, now, this.total, this.processed.get(), this.startedAt,
					this.finishedAt, "DONE".equals(now) ? this.result : null,
					"FAILED".equals(now) ? this.problems : null);
		}

	}

}
