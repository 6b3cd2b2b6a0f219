package nl.mijnstad.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/** The API answers in JSON, and a client that asks for XML is told it cannot have it. */
class JsonAnswersIT extends IntegrationTest {

	@Autowired
	RequestMappingHandlerAdapter handlers;

	@Test
	void answersAreJsonAndNotXml() {
		assertThat(this.handlers.getMessageConverters()).noneMatch(Jaxb2RootElementHttpMessageConverter.class::isInstance)
			.anyMatch(JacksonJsonHttpMessageConverter.class::isInstance);

		var xml = api().get("/api/v1/reference/districts", api().admin(), Map.of("Accept", "application/xml"));
		var json = api().get("/api/v1/reference/districts", api().admin(), Map.of("Accept", "application/json"));

		assertThat(xml.status()).isEqualTo(406);
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.contentType()).startsWith("application/json");
	}

}
