package nl.mijnstad.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses control characters (other than tab and line breaks) and unpaired surrogates in every string a client
 * sends. JSON lets a client escape them ({@code \u0000}); nobody types them, and stored they break exports,
 * CSV files and pages later. One place for all requests, so no field can forget the check.
 */
@Configuration(proxyBeanMethods = false)
public class PlainText {

	static final String REASON = "contains control characters or broken Unicode";

	@Bean
	JacksonModule plainTextModule() {
		return new SimpleModule("plain-text").addDeserializer(String.class, new Deserializer());
	}

	/** Whether text is free of control characters (other than tab and line breaks) and unpaired surrogates. */
	public static boolean acceptable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c < 0xA0)) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	private static final class Deserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null && !acceptable(value)) {
				throw InvalidFormatException.from(parser, REASON, value, String.class);
			}
			return value;
		}

	}

}
