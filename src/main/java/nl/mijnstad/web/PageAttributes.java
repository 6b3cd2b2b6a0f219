package nl.mijnstad.web;

import jakarta.servlet.http.HttpServletRequest;

import nl.mijnstad.security.Caller;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is looking, and the path for the language switch. */
@ControllerAdvice(basePackageClasses = PageAttributes.class)
class PageAttributes {

	@ModelAttribute("viewer")
	Viewer viewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return Viewer.of(Caller.current());
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
