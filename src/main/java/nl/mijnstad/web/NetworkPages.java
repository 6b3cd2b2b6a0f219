package nl.mijnstad.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.mijnstad.api.FieldProblem;
import nl.mijnstad.api.NotFoundException;
import nl.mijnstad.network.Network;
import nl.mijnstad.network.NetworkKind;
import nl.mijnstad.network.NetworkRegistration;
import nl.mijnstad.network.Networks;
import nl.mijnstad.reference.Districts;
import nl.mijnstad.submission.Submissions;
import nl.mijnstad.security.Caller;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A holder registers their network and sees it with its gatherings. */
@Controller
class NetworkPages {

	private final Networks networks;

	private final Submissions submissions;

	private final Districts districts;

	private final SessionAccounts sessions;

	private final FieldMessages messages;

	private final Validator validator;

	NetworkPages(Networks networks, Districts districts, Submissions submissions, SessionAccounts sessions,
			FieldMessages messages, Validator validator) {
		this.networks = networks;
		this.districts = districts;
		this.submissions = submissions;
		this.sessions = sessions;
		this.messages = messages;
		this.validator = validator;
	}

	@GetMapping("/netwerken/nieuw")
	String registration(Model model) {
		return form(model, new NetworkForm(), FormErrors.none());
	}

	@PostMapping("/netwerken")
	String register(@ModelAttribute("form") NetworkForm form, BindingResult binding, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		FormErrors errors = new FormErrors();
		binding.getFieldErrors()
			.forEach(error -> errors.add(error.getField(), this.messages.label(error.getField(), locale),
					this.messages.text("error.invalid", locale)));
		NetworkRegistration registration = form.toRegistration();
		for (ConstraintViolation<NetworkRegistration> violation : this.validator.validate(registration)) {
			String field = violation.getPropertyPath().toString().replace(".<list element>", "");
			field = field.startsWith("districts") ? "districts" : field;
			errors.add(field, this.messages.label(field, locale), this.messages.violation(violation, field, locale));
		}
		if (!errors.any()) {
			try {
				Network network = this.networks.register(registration, Caller.current());
				this.sessions.refresh(request, response);
				return "redirect:/netwerken/" + network.id() + "?geregistreerd";
			}
			catch (ErrorResponseException ex) {
				for (FieldProblem problem : FieldMessages.problems(ex)) {
					String field = problem.field() == null ? null
							: problem.field().startsWith("districts") ? "districts" : problem.field();
					errors.add(field, this.messages.label(field, locale),
							this.messages.problem(problem, locale, f -> f));
				}
			}
		}
		response.setStatus(422);
		return form(model, form, errors);
	}

	private String form(Model model, NetworkForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", List.of(NetworkKind.values()));
		model.addAttribute("districts", this.districts.all());
		return "networks/form";
	}

	@GetMapping("/netwerken/{id}")
	String network(@PathVariable String id, Model model) {
		Caller caller = Caller.current();
		if (!caller.holds(id)) {
			throw new NotFoundException("network", id);
		}
		Network network = this.networks.get(id);
		DistrictNames names = DistrictNames.of(this.districts.all());
		model.addAttribute("network", network);
		model.addAttribute("districtNames", network.districts().stream().map(names::name).toList());
		model.addAttribute("gatherings", this.submissions.ofNetworks(caller, List.of(id)));
		return "networks/show";
	}

}
