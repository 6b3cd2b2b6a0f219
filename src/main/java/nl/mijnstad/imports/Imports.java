package nl.mijnstad.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Validator;

import nl.mijnstad.network.BulkImport;
import nl.mijnstad.security.Caller;
import nl.mijnstad.submission.Submissions;
import nl.mijnstad.vocabulary.Normaliser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Imports spreadsheets: networks with their members, and gatherings' output. The public face of this module.
 * A file is read and every row checked before anything is written; a bad file is refused with every bad row
 * (422). A good one is written by a background job in one transaction, all or nothing, and its progress can be
 * followed at {@code /api/v1/imports/{id}}.
 */
@Service
public class Imports {

	/** Rows of members written per statement: small enough to report progress often on a large file. */
	static final int CHUNK = 1_000;

	private final ImportLookups lookups;

	private final ImportJobs jobs;

	private final BulkImport bulk;

	private final Submissions submissions;

	private final Normaliser normaliser;

	private final Validator validator;

	private final TransactionTemplate transactions;

	Imports(ImportLookups lookups, ImportJobs jobs, BulkImport bulk, Submissions submissions, Normaliser normaliser,
			Validator validator, TransactionTemplate transactions) {
		this.lookups = lookups;
		this.jobs = jobs;
		this.bulk = bulk;
		this.submissions = submissions;
		this.normaliser = normaliser;
		this.validator = validator;
		this.transactions = transactions;
	}

	/** Checks a networks file and, when every row is good, starts writing it. */
	public ImportJob networks(byte[] csv, Caller caller) {
		CsvTable table = CsvTable.read(csv, NetworkCsv.COLUMNS, NetworkCsv.REQUIRED, NetworkCsv.MAX_ROWS);
		NetworkCsv.Plan plan = NetworkCsv.plan(table, this.lookups, this.validator);
		int total = plan.networks().size() + plan.people().size() + plan.memberships().size();
		return this.jobs.start("NETWORKS", caller, total, processed -> {
			this.transactions.executeWithoutResult(status -> {
				chunks(plan.networks(), this.bulk::networks, processed);
				chunks(plan.people(), this.bulk::people, processed);
				chunks(plan.memberships(), this.bulk::memberships, processed);
			});
			Map<String, Integer> result = new LinkedHashMap<>();
			result.put("rows", plan.rows());
			result.put("networksCreated", plan.networks().size());
			result.put("networksExisting", plan.existingNetworks());
			result.put("people", plan.people().size());
			result.put("memberships", plan.memberships().size());
			return result;
		});
	}

	/**
	 * Checks a gatherings file and, when every row is good, submits each gathering through
	 * {@link Submissions#submit}, so the very checks of the API apply. Each gets an Idempotency-Key derived from
	 * its network and its reference in the file: running the file again creates nothing new, and changing an
	 * imported gathering's rows is refused (409) rather than duplicating it.
	 */
	public ImportJob gatherings(byte[] csv, Caller caller) {
		CsvTable table = CsvTable.read(csv, GatheringCsv.COLUMNS, GatheringCsv.REQUIRED, GatheringCsv.MAX_ROWS);
		List<GatheringCsv.Item> items = GatheringCsv.plan(table, this.lookups, this.normaliser, this.validator,
				caller, LocalDate.now());
		return this.jobs.start("GATHERINGS", caller, items.size(), processed -> {
			int[] created = new int[1];
			this.transactions.executeWithoutResult(status -> {
				for (GatheringCsv.Item item : items) {
					Submissions.Outcome outcome;
					try {
						outcome = this.submissions.submit(item.networkId(), item.submission(),
								idempotencyKey(item), caller);
					}
					catch (ErrorResponseException ex) {
						// Rolls the whole import back: the file is refused as a whole, naming the gathering.
						throw new ImportRejected(List.of(new RowProblem(item.line(), "gathering", "gathering '"
								+ item.reference() + "': " + ex.getBody().getDetail())), ex);
					}
					created[0] += outcome.replayed() ? 0 : 1;
					processed.incrementAndGet();
				}
			});
			Map<String, Integer> result = new LinkedHashMap<>();
			result.put("rows", table.rows().size());
			result.put("gatherings", items.size());
			result.put("created", created[0]);
			result.put("alreadyImported", items.size() - created[0]);
			return result;
		});
	}

	public ImportJob job(String id, Caller caller) {
		return this.jobs.get(id, caller);
	}

	static String idempotencyKey(GatheringCsv.Item item) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((item.networkId() + "\u0000" + item.reference()).getBytes(StandardCharsets.UTF_8));
			return "csv-import-" + HexFormat.of().formatHex(digest.digest()).substring(0, 40);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static <T> void chunks(List<T> rows, java.util.function.Consumer<List<T>> write, AtomicInteger processed) {
		for (int start = 0; start < rows.size(); start += CHUNK) {
			List<T> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
			write.accept(chunk);
			processed.addAndGet(chunk.size());
		}
	}

}
