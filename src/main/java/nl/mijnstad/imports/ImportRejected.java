package nl.mijnstad.imports;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

import nl.mijnstad.api.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An import refused before anything was written (422): every bad row with its line and reason, as {@code rows},
 * and the same as the API's usual {@code errors} list ({@code field} = "line 7: email").
 */
public class ImportRejected extends ErrorResponseException {

	private final List<RowProblem> rows;

	ImportRejected(List<RowProblem> rows) {
		this(rows, null);
	}

	ImportRejected(List<RowProblem> rows, Throwable cause) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(sorted(rows)), cause);
		this.rows = sorted(rows);
	}

	public List<RowProblem> rows() {
		return this.rows;
	}

	private static List<RowProblem> sorted(List<RowProblem> rows) {
		return rows.stream()
			.sorted(Comparator.comparingInt(RowProblem::line)
				.thenComparing(RowProblem::column, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	static ProblemDetail problem(List<RowProblem> rows) {
		long lines = rows.stream().mapToInt(RowProblem::line).distinct().count();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				rows.size() == 1 ? field(rows.get(0)) + ": " + rows.get(0).message()
						: rows.size() + " problems on " + lines + (lines == 1 ? " line" : " lines") + "; nothing was imported");
		problem.setTitle("Invalid import");
		problem.setType(URI.create("https://mijnstad.nl/problems/invalid-import"));
		problem.setProperty("rows", rows);
		problem.setProperty("errors", rows.stream().map(row -> new FieldProblem(field(row), row.message())).toList());
		return problem;
	}

	private static String field(RowProblem row) {
		return "line " + row.line() + (row.column() == null ? "" : ": " + row.column());
	}

}
