package nl.mijnstad.imports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An import as its caller follows it: checked, then written in one transaction while {@code processed} counts
 * up to {@code total}. Nothing is visible in the graph until the state is DONE; a FAILED import wrote nothing.
 *
 * @param id the job's id, as in {@code /api/v1/imports/{id}}
 * @param kind NETWORKS or GATHERINGS
 * @param state RUNNING, DONE or FAILED
 * @param total the units to write: rows of members, or gatherings
 * @param processed how many of them are written so far (in the transaction, not yet committed until DONE)
 * @param startedAt when the checked file was accepted
 * @param finishedAt when it was committed or failed
 * @param result counts of what was created, when DONE
 * @param problems why it failed, when FAILED (nothing was written)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportJob(String id, String kind, String state, int total, int processed, Instant startedAt,
		Instant finishedAt, Map<String, Integer> result, List<RowProblem> problems) {
}
