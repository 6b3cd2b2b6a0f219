package nl.mijnstad.reference;

import java.net.URI;
import java.util.List;
import java.util.Map;

import nl.mijnstad.graph.RetriedOnConflict;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Loads the districts of a municipality from CSV, all or nothing: every row is checked first, and only a file
 * without a bad row is written, in one transaction, merged on the district code.
 */
@Service
public class DistrictImport {

	private final Neo4jClient neo4j;

	DistrictImport(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * What an applied import did.
	 *
	 * @param districts districts in the file
	 * @param created districts that were new
	 * @param updated districts that existed and were overwritten
	 */
	public record Outcome(int districts, long created, long updated) {
	}

	/** Imports the CSV; answers 400 for a bad header and 422 for bad rows, each with the report of what is wrong. */
	@RetriedOnConflict
	@Transactional
	public Outcome load(String csv) {
		DistrictCsv.Parsed parsed = DistrictCsv.parse(csv);
		if (!parsed.problems().isEmpty()) {
			throw new Rejected(parsed.headerOk() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST,
					parsed.problems());
		}
		long existing = this.neo4j.query("UNWIND $codes AS code MATCH (d:District {code: code}) RETURN count(d)")
			.bind(List.copyOf(DistrictCsv.codes(parsed.rows())))
			.to("codes")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		// Overwrites every figure, so a file without age bands removes earlier ones: the file is the truth. A
		// population change alters no count in the analytics' change signature, hence the AnalyticsChange node.
		this.neo4j.query("""
				UNWIND $rows AS row
				MERGE (d:District {code: row.code})
				SET d.name = row.name, d.population = row.population,
				    d.age_0_14 = row.age_0_14, d.age_15_24 = row.age_15_24, d.age_25_44 = row.age_25_44,
				    d.age_45_64 = row.age_45_64, d.age_65_plus = row.age_65_plus,
				    d.municipality = coalesce(row.municipality, d.municipality),
				    d.source = 'CSV import', d.importedAt = datetime()
				WITH count(*) AS districts
				CREATE (:AnalyticsChange {at: datetime(), reason: 'districts imported'})""")
			.bind(DistrictCsv.asParameters(parsed.rows()))
			.to("rows")
			.run();
		int total = parsed.rows().size();
		return new Outcome(total, total - existing, existing);
	}

	/** A file that was not applied, with the report of every bad row. */
	static final class Rejected extends ErrorResponseException {

		Rejected(HttpStatus status, List<DistrictCsv.RowReport> report) {
			super(status, problem(status, report), null);
		}

		private static ProblemDetail problem(HttpStatus status, List<DistrictCsv.RowReport> report) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					report.size() == 1 && report.get(0).row() == 1 ? "The header is not usable: "
							+ String.join("; ", report.get(0).errors())
							: report.size() + " rows are invalid; nothing was imported");
			problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Malformed CSV" : "Invalid districts");
			problem.setType(URI.create("https://mijnstad.nl/problems/invalid-districts"));
			problem.setProperty("rows", report);
			problem.setProperty("errors", report.stream()
				.flatMap(r -> r.errors().stream().map(e -> Map.of("field", "row " + r.row(), "message", e)))
				.toList());
			return problem;
		}

	}

}
