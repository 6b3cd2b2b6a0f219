package nl.mijnstad.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class FilteredViewsTests {

	@Test
	void aViewIsComputedOnceAndTheLeastRecentlyUsedGoesFirst() {
		FilteredViews views = new FilteredViews(2);
		AtomicInteger computed = new AtomicInteger();
		views.get("a", computed::incrementAndGet);
		views.get("b", computed::incrementAndGet);
		views.get("a", computed::incrementAndGet);
		assertThat(computed).hasValue(2);
		views.get("c", computed::incrementAndGet);
		assertThat(views.size()).isEqualTo(2);
		views.get("a", computed::incrementAndGet);
		assertThat(computed).as("a was used after b, so b went").hasValue(3);
		views.get("b", computed::incrementAndGet);
		assertThat(computed).hasValue(4);
	}

}
