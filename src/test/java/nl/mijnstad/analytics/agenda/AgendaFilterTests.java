package nl.mijnstad.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;

import nl.mijnstad.api.FieldProblem;
import nl.mijnstad.api.InvalidRequestException;
import nl.mijnstad.network.NetworkKind;

import org.junit.jupiter.api.Test;

class AgendaFilterTests {

	private static final List<String> DISTRICTS = List.of("WK079601", "WK079602");

	@Test
	void blankParametersDoNotFilter() {
		assertThat(AgendaFilter.parse(null, "", " ", null, DISTRICTS).isEverything()).isTrue();
	}

	@Test
	void validParametersAreParsedAndKindIgnoresCase() {
		assertThat(AgendaFilter.parse("WK079602", "sport", "2017-01-01", "2017-12-31", DISTRICTS))
			.isEqualTo(new AgendaFilter("WK079602", NetworkKind.SPORT, LocalDate.parse("2017-01-01"),
					LocalDate.parse("2017-12-31")));
	}

	@Test
	void everyBadParameterIsNamedAtOnce() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> AgendaFilter.parse("WK999999", "KNITTING", "2017-13-01", "gisteren", DISTRICTS))
			.satisfies(ex -> assertThat(fields(ex)).containsExactly("district", "kind", "from", "to"));
	}

	@Test
	void aPeriodThatEndsBeforeItStartsNamesFrom() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> AgendaFilter.parse(null, null, "2018-01-01", "2017-01-01", DISTRICTS))
			.satisfies(ex -> assertThat(fields(ex)).containsExactly("from"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> fields(InvalidRequestException ex) {
		return ((List<FieldProblem>) ex.getBody().getProperties().get("errors")).stream()
			.map(FieldProblem::field)
			.toList();
	}

}
