package nl.mijnstad.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.mijnstad.submission.GatheringSubmission;
import nl.mijnstad.submission.IdeaStatus;

/**
 * The three-step gathering form as the browser posts it: values, spearheads in priority order, ideas per
 * spearhead. Rows may be left blank (the page always offers a few empty ones); {@link #toSubmission} drops them
 * and remembers where each submitted item came from, so an error about {@code values[1]} can point at the
 * field the holder actually typed in.
 */
public class GatheringForm {

	static final int BLANK_VALUES = 3;

	private String network;

	private String submissionKey = UUID.randomUUID().toString();

	private String heldOn;

	private String participants;

	private List<String> values = new ArrayList<>();

	private List<SpearheadForm> spearheads = new ArrayList<>();

	/** A blank form for a network, with empty rows to type in. */
	static GatheringForm blank(String network) {
		GatheringForm form = new GatheringForm();
		form.network = network;
		form.padded();
		return form;
	}

	/** Makes sure there are empty rows to type in: a few values, one spearhead, an idea per spearhead. */
	GatheringForm padded() {
		while (this.values.size() < BLANK_VALUES) {
			this.values.add("");
		}
		if (this.values.stream().noneMatch(GatheringForm::isBlank)) {
			this.values.add("");
		}
		if (this.spearheads.isEmpty()) {
			this.spearheads.add(new SpearheadForm());
		}
		for (SpearheadForm spearhead : this.spearheads) {
			if (spearhead.getIdeas().isEmpty()) {
				spearhead.getIdeas().add(new IdeaForm());
			}
		}
		return this;
	}

	/** Applies a button of the form that works without JavaScript: add a row, or move a spearhead. */
	void apply(String action) {
		if (action == null) {
			return;
		}
		if (action.equals("add-value")) {
			this.values.add("");
		}
		else if (action.equals("add-spearhead")) {
			this.spearheads.add(new SpearheadForm());
		}
		else if (action.startsWith("add-idea-")) {
			int s = index(action, "add-idea-");
			if (s >= 0 && s < this.spearheads.size()) {
				this.spearheads.get(s).getIdeas().add(new IdeaForm());
			}
		}
		else if (action.startsWith("up-")) {
			move(index(action, "up-"), -1);
		}
		else if (action.startsWith("down-")) {
			move(index(action, "down-"), +1);
		}
	}

	/** Moves the spearhead at {@code index} one place up (-1) or down (+1); nothing at the ends. */
	void move(int index, int direction) {
		int target = index + direction;
		if (index < 0 || index >= this.spearheads.size() || target < 0 || target >= this.spearheads.size()) {
			return;
		}
		SpearheadForm moved = this.spearheads.remove(index);
		this.spearheads.add(target, moved);
	}

	private static int index(String action, String prefix) {
		try {
			return Integer.parseInt(action.substring(prefix.length()));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/**
	 * The submission this form stands for, or the fields that cannot even be read (a date that is no date).
	 *
	 * @param submission the submission, null when {@code unreadable} is not empty
	 * @param unreadable form fields that could not be read, with a message key
	 * @param fieldOf for each field path of the submission, the form field it came from
	 */
	record Conversion(GatheringSubmission submission, Map<String, String> unreadable, Map<String, String> fieldOf) {

		/** The form field a submission field (as named in a validation error) came from; null when none. */
		String formField(String submissionField) {
			String path = submissionField.replace(".<list element>", "").replace("<list element>", "");
			String exact = this.fieldOf.get(path);
			if (exact != null) {
				return exact;
			}
			// A problem with one of a spearhead's values points at the text field those values were typed in.
			String list = this.fieldOf.get(path.replaceAll("\\[\\d+]$", ""));
			if (list != null) {
				return list;
			}
			String[] parts = path.split("\\.");
			for (int n = parts.length - 1; n > 0; n--) {
				String prefix = String.join(".", Arrays.copyOf(parts, n));
				if (this.fieldOf.containsKey(prefix)) {
					return this.fieldOf.get(prefix);
				}
			}
			return null;
		}

	}

	Conversion toSubmission() {
		Map<String, String> unreadable = new HashMap<>();
		Map<String, String> fieldOf = new HashMap<>();
		LocalDate date = null;
		if (isBlank(this.heldOn)) {
			unreadable.put("heldOn", "error.required");
		}
		else {
			try {
				date = LocalDate.parse(this.heldOn.strip());
			}
			catch (DateTimeParseException ex) {
				unreadable.put("heldOn", "error.date");
			}
		}
		Integer count = null;
		if (isBlank(this.participants)) {
			unreadable.put("participants", "error.required");
		}
		else {
			try {
				count = Integer.valueOf(this.participants.strip());
			}
			catch (NumberFormatException ex) {
				unreadable.put("participants", "error.number");
			}
		}
		fieldOf.put("heldOn", "heldOn");
		fieldOf.put("participants", "participants");

		List<String> submittedValues = new ArrayList<>();
		for (int i = 0; i < this.values.size(); i++) {
			if (!isBlank(this.values.get(i))) {
				fieldOf.put("values[" + submittedValues.size() + "]", "values[" + i + "]");
				submittedValues.add(this.values.get(i).strip());
			}
		}
		fieldOf.put("values", "values[0]");

		List<GatheringSubmission.Spearhead> submittedSpearheads = new ArrayList<>();
		for (int s = 0; s < this.spearheads.size(); s++) {
			SpearheadForm form = this.spearheads.get(s);
			if (form.isBlank()) {
				continue;
			}
			String to = "spearheads[" + submittedSpearheads.size() + "]";
			String from = "spearheads[" + s + "]";
			fieldOf.put(to, from + ".title");
			fieldOf.put(to + ".title", from + ".title");
			fieldOf.put(to + ".explanation", from + ".explanation");
			fieldOf.put(to + ".values", from + ".valuesText");
			fieldOf.put(to + ".ideas", from + ".ideas[0].title");
			List<GatheringSubmission.Idea> ideas = new ArrayList<>();
			for (int i = 0; i < form.getIdeas().size(); i++) {
				IdeaForm idea = form.getIdeas().get(i);
				if (idea.isBlank()) {
					continue;
				}
				String ideaTo = to + ".ideas[" + ideas.size() + "]";
				String ideaFrom = from + ".ideas[" + i + "]";
				fieldOf.put(ideaTo, ideaFrom + ".title");
				fieldOf.put(ideaTo + ".title", ideaFrom + ".title");
				fieldOf.put(ideaTo + ".description", ideaFrom + ".description");
				fieldOf.put(ideaTo + ".status", ideaFrom + ".status");
				ideas.add(new GatheringSubmission.Idea(strip(idea.getTitle()), emptyToNull(idea.getDescription()),
						idea.getStatus(), List.of()));
			}
			submittedSpearheads.add(new GatheringSubmission.Spearhead(strip(form.getTitle()),
					emptyToNull(form.getExplanation()), form.valueList(), ideas));
		}
		fieldOf.put("spearheads", "spearheads[0].title");
		if (!unreadable.isEmpty()) {
			return new Conversion(null, unreadable, fieldOf);
		}
		return new Conversion(
				new GatheringSubmission(date, count, List.of(), submittedValues, submittedSpearheads), Map.of(),
				fieldOf);
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	private static String emptyToNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

	public String getNetwork() {
		return this.network;
	}

	public void setNetwork(String network) {
		this.network = network;
	}

	public String getSubmissionKey() {
		return this.submissionKey;
	}

	public void setSubmissionKey(String submissionKey) {
		this.submissionKey = submissionKey;
	}

	public String getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(String heldOn) {
		this.heldOn = heldOn;
	}

	public String getParticipants() {
		return this.participants;
	}

	public void setParticipants(String participants) {
		this.participants = participants;
	}

	public List<String> getValues() {
		return this.values;
	}

	public void setValues(List<String> values) {
		this.values = values == null ? new ArrayList<>() : new ArrayList<>(values);
	}

	public List<SpearheadForm> getSpearheads() {
		return this.spearheads;
	}

	public void setSpearheads(List<SpearheadForm> spearheads) {
		this.spearheads = spearheads == null ? new ArrayList<>() : new ArrayList<>(spearheads);
	}

	/** One spearhead of the form; its place in the list is its rank. */
	public static class SpearheadForm {

		private String title;

		private String explanation;

		private String valuesText;

		private List<IdeaForm> ideas = new ArrayList<>();

		boolean isBlank() {
			return GatheringForm.isBlank(this.title) && GatheringForm.isBlank(this.explanation)
					&& GatheringForm.isBlank(this.valuesText) && this.ideas.stream().allMatch(IdeaForm::isBlank);
		}

		/** The values typed as one line, separated by commas or semicolons. */
		List<String> valueList() {
			if (GatheringForm.isBlank(this.valuesText)) {
				return List.of();
			}
			return Arrays.stream(this.valuesText.split("[,;]")).map(String::strip).filter(v -> !v.isEmpty()).toList();
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getExplanation() {
			return this.explanation;
		}

		public void setExplanation(String explanation) {
			this.explanation = explanation;
		}

		public String getValuesText() {
			return this.valuesText;
		}

		public void setValuesText(String valuesText) {
			this.valuesText = valuesText;
		}

		public List<IdeaForm> getIdeas() {
			return this.ideas;
		}

		public void setIdeas(List<IdeaForm> ideas) {
			this.ideas = ideas == null ? new ArrayList<>() : new ArrayList<>(ideas);
		}

	}

	/** One idea for a spearhead. */
	public static class IdeaForm {

		private String title;

		private String description;

		private IdeaStatus status = IdeaStatus.PLANNED;

		boolean isBlank() {
			return GatheringForm.isBlank(this.title) && GatheringForm.isBlank(this.description);
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public IdeaStatus getStatus() {
			return this.status;
		}

		public void setStatus(IdeaStatus status) {
			this.status = status;
		}

	}

}
