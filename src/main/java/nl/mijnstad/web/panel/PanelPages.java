package nl.mijnstad.web.panel;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import nl.mijnstad.network.NetworkKind;
import nl.mijnstad.network.Networks;
import nl.mijnstad.panel.Consultation;
import nl.mijnstad.panel.ConsultationRequest;
import nl.mijnstad.panel.ConsultationType;
import nl.mijnstad.panel.Consultations;
import nl.mijnstad.panel.Invitations;
import nl.mijnstad.panel.PanelSelection;
import nl.mijnstad.panel.Results;
import nl.mijnstad.panel.SelectionMethod;
import nl.mijnstad.panel.SelectionPreview;
import nl.mijnstad.panel.SendResult;
import nl.mijnstad.panel.Stratum;
import nl.mijnstad.panel.Targeting;
import nl.mijnstad.reference.AgeBands;
import nl.mijnstad.reference.District;
import nl.mijnstad.reference.Districts;
import nl.mijnstad.security.Caller;
import nl.mijnstad.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The panel admin's pages: the consultations, a new one, the selection preview, sending, and the results. Each
 * action is one call into the panel service the API uses, with its checks; the pages only put its answers and
 * refusals into words.
 */
@Controller
class PanelPages {

	private static final int NETWORKS_LISTED = 1000;

	private final Consultations consultations;

	private final PanelSelection selection;

	private final Invitations invitations;

	private final Results results;

	private final Networks networks;

	private final Districts districts;

	private final PanelProblems problems;

	private final Validator validator;

	PanelPages(Consultations consultations, PanelSelection selection, Invitations invitations, Results results,
			Networks networks, Districts districts, PanelProblems problems, Validator validator) {
		this.consultations = consultations;
		this.selection = selection;
		this.invitations = invitations;
		this.results = results;
		this.networks = networks;
		this.districts = districts;
		this.problems = problems;
		this.validator = validator;
	}

	/** Times are shown in the city's time, whatever offset they were stored with. */
	@ModelAttribute("zone")
	java.time.ZoneId zone() {
		return ConsultationForm.CITY;
	}

	@GetMapping("/burgerpanel")
	String list(Model model) {
		model.addAttribute("consultations", this.consultations.all());
		return "panel/list";
	}

	@GetMapping("/burgerpanel/nieuw")
	String creation(Model model) {
		return form(model, new ConsultationForm(), FormErrors.none());
	}

	@PostMapping("/burgerpanel")
	String create(@ModelAttribute("form") ConsultationForm form, BindingResult binding, Model model, Locale locale,
			HttpServletResponse response) {
		FormErrors errors = new FormErrors();
		this.problems.binding(binding, errors, locale);
		form.badDates().forEach(field -> errors.add(field, this.problems.text("panel.field." + field, locale),
				this.problems.text("panel.error.dateTime", locale)));
		ConsultationRequest request = form.toRequest();
		this.problems.violations(this.validator.validate(request), errors, locale);
		if (!errors.any()) {
			try {
				Consultation consultation = this.consultations.create(request, Caller.current());
				return "redirect:/burgerpanel/" + consultation.id() + "?aangemaakt";
			}
			catch (ErrorResponseException ex) {
				this.problems.refused(ex, errors, locale);
			}
		}
		response.setStatus(422);
		return form(model, form, errors);
	}

	private String form(Model model, ConsultationForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", List.of(ConsultationType.values()));
		return "panel/form";
	}

	@GetMapping("/burgerpanel/{id}")
	String consultation(@PathVariable String id, Model model) {
		model.addAttribute("consultation", this.consultations.get(id));
		return "panel/show";
	}

	/** The targeting form, and once it is submitted (it carries {@code size}) what it would select. */
	@GetMapping("/burgerpanel/{id}/selectie")
	String preview(@PathVariable String id, @ModelAttribute("targeting") TargetingForm targeting,
			BindingResult binding, @RequestParam(name = "size", required = false) String submitted, Model model,
			Locale locale, HttpServletResponse response) {
		Consultation consultation = this.consultations.get(id);
		FormErrors errors = new FormErrors();
		if (submitted != null) {
			SelectionPreview preview = preview(consultation, targeting, binding, errors, locale);
			model.addAttribute("preview", preview);
			if (errors.any()) {
				response.setStatus(422);
			}
		}
		return previewPage(model, consultation, targeting, errors, locale);
	}

	@PostMapping("/burgerpanel/{id}/versturen")
	String send(@PathVariable String id, @ModelAttribute("targeting") TargetingForm targeting, BindingResult binding,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Consultation consultation = this.consultations.get(id);
		FormErrors errors = new FormErrors();
		Targeting request = checked(targeting, binding, errors, locale);
		int status = 422;
		if (request != null) {
			try {
				SendResult sent = this.invitations.send(id, request, Caller.current());
				redirect.addFlashAttribute("sent", sent);
				return "redirect:/burgerpanel/" + id + "?verstuurd";
			}
			catch (ErrorResponseException ex) {
				status = ex.getStatusCode().value();
				this.problems.refused(ex, errors, locale);
			}
		}
		// Show the selection as it is now, so the admin sees what changed and can send that instead.
		targeting.setExpectedDigest(null);
		FormErrors previewErrors = new FormErrors();
		model.addAttribute("preview", preview(consultation, targeting, binding, previewErrors, locale));
		response.setStatus(status);
		return previewPage(model, consultation, targeting, errors, locale);
	}

	@GetMapping("/burgerpanel/{id}/resultaten")
	String results(@PathVariable String id, Model model) {
		model.addAttribute("consultation", this.consultations.get(id));
		model.addAttribute("results", this.results.of(id));
		model.addAttribute("districtNames", districtNames());
		return "panel/results";
	}

	private SelectionPreview preview(Consultation consultation, TargetingForm targeting, BindingResult binding,
			FormErrors errors, Locale locale) {
		Targeting request = checked(targeting, binding, errors, locale);
		if (request == null) {
			return null;
		}
		try {
			return this.selection.preview(consultation.id(), request);
		}
		catch (ErrorResponseException ex) {
			this.problems.refused(ex, errors, locale);
			return null;
		}
	}

	/** The targeting, or null when the form holds something the API would refuse (then said in {@code errors}). */
	private Targeting checked(TargetingForm targeting, BindingResult binding, FormErrors errors, Locale locale) {
		this.problems.binding(binding, errors, locale);
		Targeting request = targeting.toTargeting();
		this.problems.violations(this.validator.validate(request), errors, locale);
		return errors.any() ? null : request;
	}

	/** The targeting form's checkbox groups in page order: each field with its options' values and labels. */
	private Map<String, List<Option>> choices(Locale locale) {
		Map<String, List<Option>> choices = new LinkedHashMap<>();
		choices.put("stratifyBy", Arrays.stream(Stratum.values())
			.map(s -> new Option(s.name(), this.problems.text("panel.stratum." + s, locale)))
			.toList());
		choices.put("districts", this.districts.all().stream().map(d -> new Option(d.code(), d.name())).toList());
		choices.put("ageBands", AgeBands.LABELS.stream()
			.map(band -> new Option(band, this.problems.text("panel.ageBand", locale, band)))
			.toList());
		choices.put("networkKinds", Arrays.stream(NetworkKind.values())
			.map(kind -> new Option(kind.name(), this.problems.text("kind." + kind, locale)))
			.toList());
		return choices;
	}

	/**
	 * One checkbox of the targeting form.
	 *
	 * @param value what the form sends
	 * @param label what the reader sees
	 */
	public record Option(String value, String label) {
	}

	private String previewPage(Model model, Consultation consultation, TargetingForm targeting, FormErrors errors,
			Locale locale) {
		model.addAttribute("consultation", consultation);
		model.addAttribute("targeting", targeting);
		model.addAttribute("errors", errors);
		model.addAttribute("methods", List.of(SelectionMethod.values()));
		model.addAttribute("choices", choices(locale));
		model.addAttribute("districtNames", districtNames());
		model.addAttribute("networks", this.networks.list(null, null, 0, NETWORKS_LISTED)
			.stream()
			.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
			.toList());
		return "panel/preview";
	}

	private Map<String, String> districtNames() {
		return this.districts.all().stream().collect(Collectors.toMap(District::code, District::name));
	}

}
