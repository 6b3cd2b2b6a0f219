package nl.mijnstad.web.panel;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import nl.mijnstad.panel.Consultation;
import nl.mijnstad.panel.Responses;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The two pages a resident reaches from an invitation, without an account: answer ({@code /r/{token}}) and opt
 * out ({@code /o/{token}}). Forms post back to the same address with a CSRF token (see
 * {@link ResidentPagesSecurity}); the pages are Dutch with English on request, like every other page.
 */
@Controller
class ResidentPages {

	private final Responses responses;

	ResidentPages(Responses responses) {
		this.responses = responses;
	}

	/** The token pages must not be stored: they are the resident's credential. */
	@ModelAttribute
	void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
	}

	@GetMapping("/r/{token}")
	String answerPage(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<Responses.Invitation> invitation = this.responses.open(token);
		if (invitation.isEmpty()) {
			return unknownLink(model, response);
		}
		return answerForm(model, invitation.get(), token, invitation.get().currentAnswer(), false);
	}

	@PostMapping("/r/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) String answer, Model model,
			HttpServletResponse response) {
		Optional<Responses.Invitation> invitation = this.responses.open(token);
		if (invitation.isEmpty()) {
			return unknownLink(model, response);
		}
		return switch (this.responses.answer(invitation.get(), token, answer)) {
			case SAVED, REPLACED -> message(model, "resident.thanks");
			case NOT_OPEN -> {
				response.setStatus(HttpStatus.CONFLICT.value());
				yield message(model, "resident.closed");
			}
			case INVALID -> {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				yield answerForm(model, invitation.get(), token, answer, true);
			}
		};
	}

	@GetMapping("/o/{token}")
	String optOutPage(@PathVariable String token, Model model, HttpServletResponse response) {
		if (this.responses.open(token).isEmpty()) {
			return unknownLink(model, response);
		}
		model.addAttribute("token", token);
		return "panel/opt-out";
	}

	@PostMapping("/o/{token}")
	String optOut(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<Responses.Invitation> invitation = this.responses.open(token);
		if (invitation.isEmpty()) {
			return unknownLink(model, response);
		}
		this.responses.optOut(invitation.get());
		return message(model, "resident.optedOut");
	}

	private static String answerForm(Model model, Responses.Invitation invitation, String token, String answer,
			boolean invalid) {
		Consultation consultation = invitation.consultation();
		model.addAttribute("consultation", consultation);
		model.addAttribute("choices", consultation.choices());
		model.addAttribute("token", token);
		model.addAttribute("answer", answer == null ? "" : answer);
		model.addAttribute("invalid", invalid);
		return "panel/answer";
	}

	private static String unknownLink(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return message(model, "resident.unknownLink");
	}

	/** A page that only says something: its title and text are the messages {@code key.title} and {@code key.text}. */
	private static String message(Model model, String key) {
		model.addAttribute("key", key);
		return "panel/resident-message";
	}

}
