package nl.mijnstad.panel;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The two pages a resident reaches from an invitation, without logging in: answer ({@code /r/{token}}) and opt
 * out ({@code /o/{token}}). Minimal server-rendered Dutch HTML, usable on a phone; the full web UI is another
 * module's. Forms post back to the same address with a CSRF token (see {@link ResidentPagesSecurity}).
 */
@Controller
class ResidentPages {

	private final Responses responses;

	ResidentPages(Responses responses) {
		this.responses = responses;
	}

	@GetMapping(path = "/r/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> answerPage(@PathVariable String token, HttpServletRequest request) {
		Optional<Responses.Invitation> invitation = this.responses.open(token);
		if (invitation.isEmpty()) {
			return unknownLink();
		}
		return page(HttpStatus.OK, invitation.get().consultation().title(),
				form(invitation.get(), token, request, null));
	}

	@PostMapping(path = "/r/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> answer(@PathVariable String token, @RequestParam(required = false) String answer,
			HttpServletRequest request) {
		Optional<Responses.Invitation> invitation = this.responses.open(token);
		if (invitation.isEmpty()) {
			return unknownLink();
		}
		Consultation consultation = invitation.get().consultation();
		return switch (this.responses.answer(invitation.get(), token, answer)) {
			case SAVED, REPLACED -> page(HttpStatus.OK, "Bedankt",
					"<p role=\"status\">Bedankt, uw antwoord is opgeslagen. U kunt het tot de sluiting nog wijzigen"
							+ " via dezelfde link.</p>");
			case NOT_OPEN -> page(HttpStatus.CONFLICT, consultation.title(),
					"<p role=\"alert\">Deze raadpleging is gesloten of nog niet geopend; antwoorden kan nu niet.</p>");
			case INVALID -> page(HttpStatus.UNPROCESSABLE_CONTENT, consultation.title(),
					form(invitation.get(), token, request, "Kies een antwoord (of vul er een in) en verstuur opnieuw."));
		};
	}

	@GetMapping(path = "/o/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> optOutPage(@PathVariable String token, HttpServletRequest request) {
		if (this.responses.open(token).isEmpty()) {
			return unknownLink();
		}
		return page(HttpStatus.OK, "Afmelden voor het burgerpanel",
				"<p>Wilt u geen uitnodigingen van het burgerpanel meer ontvangen?</p>"
						+ "<form method=\"post\" action=\"/o/" + htmlEscape(token) + "\">" + csrf(request)
						+ "<button type=\"submit\">Afmelden</button></form>");
	}

	@PostMapping(path = "/o/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> optOut(@PathVariable String token) {
		Optional<Responses.Invitation> invitation = this.responses.open(token);
		if (invitation.isEmpty()) {
			return unknownLink();
		}
		this.responses.optOut(invitation.get());
		return page(HttpStatus.OK, "U bent afgemeld",
				"<p role=\"status\">U bent afgemeld: u ontvangt geen uitnodigingen van het burgerpanel meer.</p>");
	}

	private static String form(Responses.Invitation invitation, String token, HttpServletRequest request,
			String error) {
		Consultation consultation = invitation.consultation();
		StringBuilder html = new StringBuilder();
		if (error != null) {
			html.append("<p role=\"alert\">").append(htmlEscape(error)).append("</p>");
		}
		html.append("<form method=\"post\" action=\"/r/").append(htmlEscape(token)).append("\">").append(csrf(request));
		if (consultation.type() == ConsultationType.OPEN) {
			html.append("<label for=\"answer\">").append(htmlEscape(consultation.question())).append("</label>")
				.append("<textarea id=\"answer\" name=\"answer\" rows=\"6\" maxlength=\"2000\" required>")
				.append(htmlEscape(invitation.currentAnswer() == null ? "" : invitation.currentAnswer()))
				.append("</textarea>");
		}
		else {
			html.append("<fieldset><legend>").append(htmlEscape(consultation.question())).append("</legend>");
			if (consultation.type() == ConsultationType.SCALE) {
				html.append("<p>1 = helemaal oneens, 5 = helemaal eens</p>");
			}
			int i = 0;
			for (String choice : consultation.choices()) {
				String id = "answer-" + i++;
				boolean checked = choice.equals(invitation.currentAnswer());
				html.append("<div><input type=\"radio\" name=\"answer\" required id=\"").append(id)
					.append("\" value=\"").append(htmlEscape(choice)).append('"').append(checked ? " checked" : "")
					.append("><label for=\"").append(id).append("\">").append(htmlEscape(choice)).append("</label></div>");
			}
			html.append("</fieldset>");
		}
		html.append("<button type=\"submit\">Versturen</button></form>")
			.append("<p>Uw antwoord wordt niet aan uw naam of e-mailadres gekoppeld.</p>")
			.append("<p><a href=\"/o/").append(htmlEscape(token)).append("\">Afmelden voor het burgerpanel</a></p>");
		return html.toString();
	}

	private static String csrf(HttpServletRequest request) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return token == null ? "" : "<input type=\"hidden\" name=\"" + htmlEscape(token.getParameterName())
				+ "\" value=\"" + htmlEscape(token.getToken()) + "\">";
	}

	private static ResponseEntity<String> unknownLink() {
		return page(HttpStatus.NOT_FOUND, "Link niet geldig",
				"<p role=\"alert\">Deze link is niet (meer) geldig. Controleer of u de hele link uit de e-mail gebruikt.</p>");
	}

	static ResponseEntity<String> page(HttpStatus status, String title, String body) {
		String html = """
				<!DOCTYPE html>
				<html lang="nl">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<meta name="robots" content="noindex"><title>%s · Burgerpanel Mijn Stad</title>
				<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;line-height:1.5}
				button{font-size:1rem;padding:.6rem 1.2rem}textarea{width:100%%}fieldset{border:0;padding:0}</style></head>
				<body><main><h1>%s</h1>%s</main></body></html>
				""".formatted(htmlEscape(title), htmlEscape(title), body);
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header("Cache-Control", "no-store")
			.header("Referrer-Policy", "no-referrer")
			.body(html);
	}

}
