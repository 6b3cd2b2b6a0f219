package nl.mijnstad.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import nl.mijnstad.api.ConflictException;
import nl.mijnstad.graph.EmbeddedNeo4j;
import nl.mijnstad.graph.GraphProperties;
import nl.mijnstad.privacy.AuditLog;
import nl.mijnstad.security.Caller;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Makes consistent backups of the running service's embedded database: holds commits back at the
 * {@link WriteGate}, reads the whole graph into an archive file in the data folder, opens the gate, and only
 * then hands the file out, so a slow client never prolongs the pause.
 */
@Service
public class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	private final Driver driver;

	private final WriteGate gate;

	private final Path folder;

	private final BackupProperties properties;

	private final AuditLog audit;

	private final ReentrantLock running = new ReentrantLock();

	Backups(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded, GraphProperties graph, BackupProperties properties,
			AuditLog audit) {
		this.driver = driver;
		this.properties = properties;
		this.audit = audit;
		this.folder = graph.dataDir().resolve("backups");
		EmbeddedNeo4j database = embedded.getIfAvailable();
		if (database != null) {
			// Commits wait at most twice the pause a backup may take: past that the backup has given up anyway.
			this.gate = new WriteGate(properties.maxPause().multipliedBy(2));
			database.registerCommitListener(this.gate);
		}
		else {
			this.gate = null;
		}
	}

	/** A snapshot of the graph, as an archive file readable only by the service's user; the caller deletes it. */
	public Path snapshot(Caller caller) {
		if (this.gate == null) {
			throw new ConflictException(null, "This service runs on an external Neo4j database; back that up with "
					+ "its own tools (neo4j-admin database dump, or the backups of Aura).");
		}
		if (!this.running.tryLock()) {
			throw new ConflictException(null, "A backup is being made right now; try again when it is done.");
		}
		try {
			Path file = newFile();
			Manifest manifest;
			long started = System.nanoTime();
			Instant deadline = Instant.now().plus(this.properties.maxPause());
			this.gate.close(this.properties.maxPause());
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
					Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
					Transaction tx = session.beginTransaction()) {
				manifest = GraphArchive.write(new GraphReader(tx), out, Instant.now(), () -> {
					if (Instant.now().isAfter(deadline)) {
						throw new SnapshotTooSlowException(this.properties.maxPause());
					}
				});
			}
			catch (RuntimeException | IOException ex) {
				Files.deleteIfExists(file);
				throw ex;
			}
			finally {
				this.gate.open();
			}
			log.info("Backup of {} nodes and {} relationships; writes held back for {} ms", manifest.content().nodes(),
					manifest.content().relationships(), Duration.ofNanos(System.nanoTime() - started).toMillis());
			// After the gate is open: the audit entry is itself a write.
			this.audit.record(caller.username(), "BACKUP", "graph", "backup of the whole graph, contact data included");
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the backup in " + this.folder + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while making a backup", ex);
		}
		catch (TimeoutException ex) {
			throw new SnapshotTooSlowException(this.properties.maxPause());
		}
		finally {
			this.running.unlock();
		}
	}

	private Path newFile() throws IOException {
		if (!Files.isDirectory(this.folder)) {
			Files.createDirectories(this.folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		return Files.createTempFile(this.folder, "backup-", ".zip",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
	}

	/** 503: the graph could not be read within the pause writes may be held back; nothing was changed. */
	static final class SnapshotTooSlowException extends ErrorResponseException {

		SnapshotTooSlowException(Duration maxPause) {
			super(HttpStatus.SERVICE_UNAVAILABLE, problem(maxPause), null);
			getHeaders().set("Retry-After", "60");
		}

		private static ProblemDetail problem(Duration maxPause) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The backup could not read the graph within mijnstad.backup.max-pause (" + maxPause
							+ "), so it gave up to let writes go on; try again at a quieter moment or raise the limit.");
			problem.setTitle("Service unavailable");
			problem.setType(URI.create("https://mijnstad.nl/problems/backup-too-slow"));
			return problem;
		}

	}

}
