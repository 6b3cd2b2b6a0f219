package nl.mijnstad.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Resource links in pages are rewritten as Boot's own registration of {@link ResourceUrlEncodingFilter} does (which
 * this one replaces), but not in the API: its answers hold no such links, and the filter's request and response
 * wrappers would put one more level of delegation under every call an API request makes on them.
 */
@Configuration(proxyBeanMethods = false)
class PageResourceUrls {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new NotForTheApi());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	private static final class NotForTheApi extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request instanceof HttpServletRequest http
					&& http.getRequestURI().startsWith(http.getContextPath() + "/api/")) {
				chain.doFilter(request, response);
				return;
			}
			super.doFilter(request, response, chain);
		}

	}

}
