package nl.mijnstad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import nl.mijnstad.demo.DemoCityWriter;
import nl.mijnstad.demo.city.DemoCity;
import nl.mijnstad.demo.city.DemoGathering;
import nl.mijnstad.network.BulkImport;
import nl.mijnstad.security.Caller;
import nl.mijnstad.submission.GatheringSubmission;
import nl.mijnstad.submission.RawSubmissionWriter;
import nl.mijnstad.vocabulary.Normaliser;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Loads a generated demo city in minutes, even at national scale, into a running service's database: the same
 * graph the demo profile's loader writes, without its one-gathering-at-a-time pace. Districts in one UNWIND;
 * networks, people, memberships, connectors and relations through the service's own {@link BulkImport} (UNWIND
 * batches of 5,000); every gathering with the submission path's own statement and parameters
 * ({@link RawSubmissionWriter}: {@code GatheringRepository.WRITE} on a {@code SubmissionPlan}), from one
 * session instead of through HTTP one by one. The idempotency keys are the loader's
 * ({@code system} + {@code demo-<gathering id>}); only the stored request hash differs.
 */
final class BenchCity {

	/**
	 * Sessions writing gatherings at once. One: concurrent writers MERGE the same values and spearheads, deadlock,
	 * and the driver's retries back off for seconds (a city took 70 s with four); one session writes 400/s.
	 */
	static final int WRITERS = 1;

	private final DemoCityWriter writer;

	private final Normaliser normaliser;

	private final Driver driver;

	private final AtomicInteger gatheringsWritten = new AtomicInteger();

	BenchCity(DemoCityWriter writer, Normaliser normaliser, Driver driver) {
		this.writer = writer;
		this.normaliser = normaliser;
		this.driver = driver;
	}

	/** Gatherings written so far, for the progress line. */
	int gatheringsWritten() {
		return this.gatheringsWritten.get();
	}

	void load(DemoCity city) throws Exception {
		loadExceptGatherings(city);
		gatherings(city.gatherings());
	}

	/** Districts, networks, people, memberships, connectors and relations: what comes before any gathering. */
	void loadExceptGatherings(DemoCity city) {
		this.writer.writeExceptGatherings(city);
	}

	private void gatherings(List<DemoGathering> gatherings) throws Exception {
		RawSubmissionWriter raw = new RawSubmissionWriter(this.normaliser);
		String submitter = Caller.system().username();
		AtomicInteger next = new AtomicInteger();
		try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
			List<Future<?>> running = new ArrayList<>();
			for (int w = 0; w < WRITERS; w++) {
				running.add(writers.submit(() -> {
					try (Session session = this.driver.session()) {
						for (int i = next.getAndIncrement(); i < gatherings.size(); i = next.getAndIncrement()) {
							DemoGathering gathering = gatherings.get(i);
							Map<String, Object> parameters = raw.parameters(gathering.networkId(), submission(gathering),
									submitter, "demo-" + gathering.id());
							if (!RawSubmissionWriter.write(session, parameters)) {
								throw new IllegalStateException("The guard refused demo gathering " + gathering.id());
							}
							this.gatheringsWritten.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> writer : running) {
				writer.get();
			}
		}
	}

	/** The submission a holder would make of a generated gathering, as the demo loader makes it. */
	GatheringSubmission submission(DemoGathering gathering) {
		return this.writer.submission(gathering);
	}

}
