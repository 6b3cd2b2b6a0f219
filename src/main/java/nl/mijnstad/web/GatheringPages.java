package nl.mijnstad.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.mijnstad.api.FieldProblem;
import nl.mijnstad.api.NotFoundException;
import nl.mijnstad.network.Network;
import nl.mijnstad.network.Networks;
import nl.mijnstad.security.Caller;
import nl.mijnstad.submission.GatheringSubmission;
import nl.mijnstad.submission.GatheringView;
import nl.mijnstad.submission.IdeaStatus;
import nl.mijnstad.submission.Submissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A holder submits a gathering in the movement's three steps and finds it among their gatherings. The form
 * posts here, and the submission goes through {@link Submissions}, the same checks and the same write as
 * the API. Without JavaScript it is one long form whose buttons (add a row, move a spearhead) post back.
 */
@Controller
class GatheringPages {

	private final Networks networks;

	private final Submissions submissions;

	private final FieldMessages messages;

	private final Validator validator;

	GatheringPages(Networks networks, Submissions submissions, FieldMessages messages,
			Validator validator) {
		this.networks = networks;
		this.submissions = submissions;
		this.messages = messages;
		this.validator = validator;
	}

	@GetMapping("/bijeenkomsten")
	String list(Model model) {
		Caller caller = Caller.current();
		model.addAttribute("gatherings", this.submissions.ofNetworks(caller, caller.networks()));
		return "gatherings/list";
	}

	@GetMapping("/bijeenkomsten/nieuw")
	String blank(@RequestParam(name = "netwerk", required = false) String networkId, Model model) {
		Caller caller = Caller.current();
		if (networkId == null) {
			List<Network> held = HomePages.heldNetworks(this.networks, caller);
			if (held.size() == 1) {
				return "redirect:/bijeenkomsten/nieuw?netwerk=" + held.get(0).id();
			}
			if (held.isEmpty()) {
				return "redirect:/netwerken/nieuw";
			}
			model.addAttribute("networks", held);
			return "gatherings/choose";
		}
		return form(model, heldNetwork(networkId, caller), GatheringForm.blank(networkId), FormErrors.none(), null);
	}

	@PostMapping("/bijeenkomsten")
	String submit(@ModelAttribute("form") GatheringForm form, BindingResult binding,
			@RequestParam(defaultValue = "send") String action, Model model, Locale locale,
			HttpServletResponse response) {
		Caller caller = Caller.current();
		Network network = heldNetwork(form.getNetwork(), caller);
		if (!action.equals("send")) {
			form.apply(action);
			return form(model, network, form.padded(), FormErrors.none(), focusAfter(action, form));
		}
		GatheringForm.Conversion conversion = form.toSubmission();
		FormErrors errors = new FormErrors();
		binding.getFieldErrors()
			.forEach(error -> errors.add(error.getField(), this.messages.label(error.getField(), locale),
					this.messages.text("error.invalid", locale)));
		conversion.unreadable()
			.forEach((field, key) -> errors.add(field, this.messages.label(field, locale),
					this.messages.text(key, locale)));
		if (!errors.any()) {
			for (ConstraintViolation<GatheringSubmission> violation : this.validator.validate(conversion.submission())) {
				String field = conversion.formField(violation.getPropertyPath().toString());
				errors.add(field, this.messages.label(field, locale), this.messages.violation(violation,
						field == null ? "" : field, locale));
			}
		}
		if (!errors.any()) {
			try {
				GatheringView stored = this.submissions
					.submit(network.id(), conversion.submission(), form.getSubmissionKey(), caller)
					.gathering();
				return "redirect:/bijeenkomsten/" + stored.id() + "?opgeslagen";
			}
			catch (ErrorResponseException ex) {
				for (FieldProblem problem : FieldMessages.problems(ex)) {
					String field = problem.field() == null ? null : conversion.formField(problem.field());
					errors.add(field, this.messages.label(field, locale),
							this.messages.problem(problem, locale, conversion::formField));
				}
			}
		}
		response.setStatus(422);
		return form(model, network, form.padded(), errors, null);
	}

	@GetMapping("/bijeenkomsten/{id}")
	String show(@PathVariable String id, Model model) {
		Caller caller = Caller.current();
		GatheringView gathering = this.submissions.get(id, caller);
		if (!caller.holds(gathering.network())) {
			throw new NotFoundException("gathering", id);
		}
		model.addAttribute("gathering", gathering);
		return "gatherings/show";
	}

	private String form(Model model, Network network, GatheringForm form, FormErrors errors, String focus) {
		model.addAttribute("network", network);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("statuses", List.of(IdeaStatus.values()));
		model.addAttribute("focus", focus);
		return "gatherings/form";
	}

	private Network heldNetwork(String networkId, Caller caller) {
		if (networkId == null || !caller.holds(networkId)) {
			throw new NotFoundException("network", String.valueOf(networkId));
		}
		return this.networks.get(networkId);
	}

	/** Where the keyboard should be after a button posted back: on what it added, or on the moved spearhead. */
	static String focusAfter(String action, GatheringForm form) {
		int last = form.getSpearheads().size() - 1;
		if (action.equals("add-value")) {
			return "values" + (form.getValues().size() - 1);
		}
		if (action.equals("add-spearhead")) {
			return "spearheads" + last + "-title";
		}
		try {
			if (action.startsWith("add-idea-")) {
				int s = Integer.parseInt(action.substring("add-idea-".length()));
				return "spearheads" + s + "-ideas" + (form.getSpearheads().get(s).getIdeas().size() - 1) + "-title";
			}
			if (action.startsWith("up-")) {
				int s = Math.max(0, Integer.parseInt(action.substring(3)) - 1);
				return "spearheads" + s + "-up";
			}
			if (action.startsWith("down-")) {
				int s = Math.min(last, Integer.parseInt(action.substring(5)) + 1);
				return "spearheads" + s + "-down";
			}
		}
		catch (RuntimeException ex) {
			return null;
		}
		return null;
	}

}
