package nl.mijnstad.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CsvTableTests {

	private static final List<String> COLUMNS = List.of("network", "kind", "districts");

	@Test
	void linesAreNumberedAsTheSpreadsheetShowsThemAcrossBlankRows() {
		CsvTable table = read("\uFEFFNetwork,KIND\r\nA,SPORT\r\n\r\n\"B, met komma\",\"HOBBY\"\r\n");
		assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4);
		assertThat(table.rows().get(1).get("network")).isEqualTo("B, met komma");
		assertThat(table.rows().get(1).get("districts")).isEmpty();
	}

	@Test
	void dutchExcelSemicolonsAreRead() {
		assertThat(read("network;kind;districts\nA;SPORT;WK079601|WK079602\n").rows().get(0).get("districts"))
			.isEqualTo("WK079601|WK079602");
	}

	@Test
	void everyHeaderProblemAndEveryControlCharacterIsReported() {
		ImportRejected header = catchThrowableOfType(ImportRejected.class, () -> read("netwerk,kind,kind\nA,B,C\n"));
		assertThat(header.rows()).extracting(RowProblem::message)
			.anySatisfy(m -> assertThat(m).startsWith("unknown column"))
			.anySatisfy(m -> assertThat(m).isEqualTo("the column appears twice"))
			.anySatisfy(m -> assertThat(m).isEqualTo("missing column"));
		ImportRejected control = catchThrowableOfType(ImportRejected.class,
				() -> read("network,kind\nA\u0000,SPORT\nB,SP\u001bORT\n"));
		assertThat(control.rows()).extracting(RowProblem::line, RowProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "network"), org.assertj.core.groups.Tuple.tuple(3, "kind"));
	}

	@Test
	void listsAndYesNoAreReadAsPeopleTypeThem() {
		assertThat(Cells.list(" groen | | meer bomen ")).containsExactly("groen", "meer bomen");
		assertThat(List.of("ja", "Yes", "1", "nee", "NO", "0", "misschien")).map(Cells::yesNo)
			.containsExactly(true, true, true, false, false, false, null);
		assertThat(Cells.date("3-1-2017")).isEqualTo(Cells.date("2017-01-03")).isNotNull();
	}

	private static CsvTable read(String text) {
		return CsvTable.read(text.getBytes(StandardCharsets.UTF_8), COLUMNS, Set.of("network", "kind"), 100);
	}

}
