package nl.mijnstad.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch first, English on request: {@code ?lang=en} switches and a cookie remembers the choice. The browser's
 * own language is deliberately not used, so that a page reads the same for everyone until they choose.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.of("nl");

	static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("mijnstad-taal") {

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, supported(locale));
			}

		};
		resolver.setDefaultLocale(DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	/** Only the languages the messages exist in; anything else reads as Dutch. */
	static Locale supported(Locale locale) {
		if (locale == null) {
			return DUTCH;
		}
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(DUTCH);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change).addPathPatterns(PageSecurity.PAGE_PATHS);
	}

}
