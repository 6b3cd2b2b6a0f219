package nl.mijnstad.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import nl.mijnstad.api.InvalidRequestException;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

/** Content negotiation of the city profile: HTML by default, Markdown when asked for or preferred. */
class AgendaControllerTests {

	@Test
	void htmlUnlessMarkdownIsAskedForOrPreferred() {
		assertThat(AgendaController.wantsMarkdown(null, null)).isFalse();
		assertThat(AgendaController.wantsMarkdown(null, "*/*")).isFalse();
		assertThat(AgendaController.wantsMarkdown(null, "text/markdown")).isTrue();
		assertThat(AgendaController.wantsMarkdown(null, "text/html;q=0.5, text/markdown")).isTrue();
		assertThat(AgendaController.wantsMarkdown(null, "text/markdown;q=0.4, text/*;q=0.9")).isFalse();
		assertThat(AgendaController.wantsMarkdown("md", "text/html")).isTrue();
		assertThat(AgendaController.wantsMarkdown("html", "text/markdown")).isFalse();
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> AgendaController.wantsMarkdown("pdf", null));
		assertThatExceptionOfType(ResponseStatusException.class)
			.isThrownBy(() -> AgendaController.wantsMarkdown(null, "application/json"));
	}

}
