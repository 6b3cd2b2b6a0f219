package nl.mijnstad.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import tools.jackson.databind.json.JsonMapper;

class PropertyValuesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Through JSON text and back, as an archive stores a value. */
	private static Value roundTrip(Value value) {
		String text = JSON.writeValueAsString(PropertyValues.encode(value));
		return Values.value(PropertyValues.decode(JSON.readTree(text)));
	}

	@Test
	void everyPropertyTypeComesBackAsItsOwnType() {
		List<Value> values = List.of(Values.value("Groen & ‘ontmoeting’ \n"), Values.value(23L),
				Values.value(Long.MAX_VALUE), Values.value(0.1), Values.value(Double.NaN),
				Values.value(Double.NEGATIVE_INFINITY), Values.value(true), Values.value(LocalDate.of(2017, 1, 3)),
				Values.value(ZonedDateTime.of(2026, 11, 27, 23, 0, 5, 123_456_789, ZoneId.of("Europe/Amsterdam"))),
				Values.value(ZonedDateTime.of(2026, 3, 29, 2, 30, 0, 0, ZoneOffset.ofHours(2))),
				Values.value(LocalDateTime.of(2026, 1, 1, 0, 0)), Values.value(OffsetTime.of(9, 30, 0, 0, ZoneOffset.UTC)),
				Values.value(LocalTime.of(23, 59, 59)), Values.isoDuration(14, 3, 3_600, 500),
				Values.point(4326, 5.30, 51.69), Values.point(9157, 1, 2, 3), Values.value(new byte[] { 0, -1, 42 }),
				Values.value(List.of(1L, 2L, 3L)), Values.value(List.of("a", "b")),
				Values.value(List.of(LocalDate.of(2020, 2, 29))));
		for (Value value : values) {
			Value back = roundTrip(value);
			assertThat(back).as("%s", value).isEqualTo(value);
			assertThat(back.type()).as("type of %s", value).isEqualTo(value.type());
		}
	}

	@Test
	void anIntegerNeverComesBackAsAFloat() {
		assertThat(roundTrip(Values.value(5L)).type().name()).isEqualTo("INTEGER");
		assertThat(roundTrip(Values.value(5.0)).type().name()).isEqualTo("FLOAT");
	}

	@Test
	void propertiesAreWrittenWithSortedKeysSoTheJsonIsCanonical() {
		var encoded = PropertyValues.encode(Map.of("z", Values.value(1L), "a", Values.value("x"), "m", Values.value(true)));
		assertThat(JSON.writeValueAsString(encoded))
			.isEqualTo("{\"a\":{\"string\":\"x\"},\"m\":{\"boolean\":true},\"z\":{\"integer\":1}}");
	}

}
