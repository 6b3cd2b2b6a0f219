package nl.mijnstad.api;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;

/**
 * No XML answers. Spring adds a JAXB converter whenever JAXB is on the classpath, as it is here for the embedded
 * database's sake, and then asks it about every answer whether it can write it, looking for {@code @XmlRootElement}
 * on the answer's class: about a per cent of each API request's time, for a format no endpoint offers.
 */
@Configuration(proxyBeanMethods = false)
class JsonAnswers {

	@Bean
	ServerHttpMessageConvertersCustomizer withoutJaxb() {
		return converters -> converters.configureMessageConvertersList(
				list -> list.removeIf(Jaxb2RootElementHttpMessageConverter.class::isInstance));
	}

}
