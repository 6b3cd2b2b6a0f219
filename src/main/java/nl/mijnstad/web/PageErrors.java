package nl.mijnstad.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that fails shows a page, not the API's problem+json: this advice comes before the API's for the
 * controllers of this package.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler(ErrorResponseException.class)
	String failed(ErrorResponseException ex, Model model, HttpServletResponse response) {
		int status = ex.getStatusCode().value();
		// A network or gathering the caller does not hold reads as not found: its existence is not theirs to know.
		if (status == 403) {
			status = 404;
		}
		response.setStatus(status);
		model.addAttribute("status", status);
		return "error";
	}

}
