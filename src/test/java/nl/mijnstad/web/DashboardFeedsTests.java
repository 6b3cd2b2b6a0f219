package nl.mijnstad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.mijnstad.api.FieldProblem;
import nl.mijnstad.security.Caller;
import nl.mijnstad.web.FeedColumn.Shape;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;

import tools.jackson.databind.json.JsonMapper;

/** How a feed's figures read in a dashboard table: paths through lists, codes in words, Dutch numbers. */
class DashboardFeedsTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final DashboardFeeds feeds = feeds(DashboardFeed.of("bereik", "frontier", (caller, filters) -> Map.of(
			"unreachedNetworks", 1234, "networks",
			List.of(Map.of("network", Map.of("name", "Koor West", "kind", "CULTURE"), "score", 2.345, "terms", terms(),
					"introducers", List.of(Map.of("person", Map.of("displayName", "Anouk")),
							Map.of("person", Map.of("displayName", "Bram"))),
					"share", 0.125, "reached", false)))));

	/** The score's terms in their order, as the frontier's record writes them. */
	private static Map<String, Object> terms() {
		Map<String, Object> terms = new LinkedHashMap<>();
		terms.put("warmPaths", Map.of("explanation", "4 of its 5 members are already in reached networks"));
		terms.put("relations", Map.of("explanation", "related to 1 reached network"));
		return terms;
	}

	private static DashboardFeeds feeds(DashboardFeed... feeds) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		for (int i = 0; i < feeds.length; i++) {
			beans.registerSingleton("feed" + i, feeds[i]);
		}
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("kind.CULTURE", DUTCH, "Cultuur");
		messages.addMessage("common.no", DUTCH, "nee");
		return new DashboardFeeds(beans.getBeanProvider(DashboardFeed.class), JsonMapper.builder().build(), messages);
	}

	private DashboardFeeds.Feed frontier() {
		return this.feeds.feed("bereik", "frontier", Caller.system(), Map.of());
	}

	@Test
	void cellsFollowPathsThroughListsAndObjects() {
		FeedTable table = this.feeds.table(frontier(), "networks",
				List.of(new FeedColumn("network.name", "h"), FeedColumn.coded("network.kind", "h", "kind."),
						new FeedColumn("score", "h"), FeedColumn.shaped("terms.*.explanation", "h", Shape.LINES),
						FeedColumn.shaped("introducers.person.displayName", "h", Shape.LINES),
						FeedColumn.shaped("share", "h", Shape.PERCENT), new FeedColumn("reached", "h"),
						new FeedColumn("missing", "h")),
				DUTCH);

		assertThat(table.available()).isTrue();
		assertThat(table.url()).isEqualTo("/dashboard/data/bereik/frontier");
		assertThat(table.rows()).containsExactly(List.of("Koor West", "Cultuur", "2,35",
				"4 of its 5 members are already in reached networks\nrelated to 1 reached network", "Anouk\nBram",
				"12,5 %", "nee", "–"));
		assertThat(this.feeds.figure(frontier(), "unreachedNetworks", DUTCH)).isEqualTo("1.234");
	}

	@Test
	void anObjectIsOneRowAndAFeedThatIsNotThereSaysSo() {
		FeedTable summary = this.feeds.table(frontier(), null, List.of(new FeedColumn("unreachedNetworks", "h")), DUTCH);
		assertThat(summary.rows()).containsExactly(List.of("1.234"));

		DashboardFeeds.Feed absent = this.feeds.feed("beleid", "values", Caller.system(), Map.of());
		assertThat(this.feeds.table(absent, null, List.of(new FeedColumn("label", "h")), DUTCH).available()).isFalse();
		assertThat(this.feeds.figure(absent, "total", DUTCH)).isNull();
	}

	@Test
	void aFilterThatIsTooLongSaysHowLongItMayBe() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("error.tooLong", DUTCH, "Gebruik hoogstens {0} tekens.");
		assertThat(new FieldMessages(messages).problem(new FieldProblem("value", "at most 200 characters"), DUTCH,
				field -> null)).isEqualTo("Gebruik hoogstens 200 tekens.");
	}

}
