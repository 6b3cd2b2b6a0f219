package nl.mijnstad.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CityFiguresTests {

	@Test
	void peopleAreMembersOfReachedNetworksAndAttendeesCountedOnce() {
		CityFigures.Figures figures = CityFigures.count(SmallCity.projection());
		// Members of n0..n4 are persons 0..4; person 5 is only in the unreached n5 but attended g3.
		assertThat(figures.people()).isEqualTo(6);
		assertThat(figures.networks()).isEqualTo(5);
		assertThat(figures.gatherings()).isEqualTo(6);
		assertThat(figures.participants()).isEqualTo(60);
		assertThat(figures.first()).isEqualTo(LocalDate.parse("2017-01-10"));
		assertThat(figures.last()).isEqualTo(LocalDate.parse("2019-02-01"));
	}

}
