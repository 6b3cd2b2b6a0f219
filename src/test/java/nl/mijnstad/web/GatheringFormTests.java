package nl.mijnstad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.mijnstad.submission.GatheringSubmission;
import nl.mijnstad.submission.IdeaStatus;

import org.junit.jupiter.api.Test;

/** The form's rows become a submission without the blank ones, and errors find their way back to the rows. */
class GatheringFormTests {

	private static GatheringForm.SpearheadForm spearhead(String title, String values, String... ideas) {
		GatheringForm.SpearheadForm form = new GatheringForm.SpearheadForm();
		form.setTitle(title);
		form.setValuesText(values);
		for (String idea : ideas) {
			GatheringForm.IdeaForm row = new GatheringForm.IdeaForm();
			row.setTitle(idea);
			form.getIdeas().add(row);
		}
		form.getIdeas().add(new GatheringForm.IdeaForm());
		return form;
	}

	private static GatheringForm form() {
		GatheringForm form = new GatheringForm();
		form.setNetwork("n1");
		form.setHeldOn("2017-01-03");
		form.setParticipants(" 23 ");
		form.setValues(List.of("", "Groen", "  ", "Ontmoeting"));
		form.setSpearheads(List.of(new GatheringForm.SpearheadForm(), spearhead("Meer groen", "groen; ontmoeting", "", "Buurtakker"),
				spearhead("Elkaar ontmoeten", " ")));
		return form;
	}

	@Test
	void blankRowsAreLeftOutAndTheRestKeepsItsOrder() {
		GatheringForm.Conversion conversion = form().toSubmission();

		GatheringSubmission submission = conversion.submission();
		assertThat(submission.participants()).isEqualTo(23);
		assertThat(submission.values()).containsExactly("Groen", "Ontmoeting");
		assertThat(submission.spearheads()).extracting(GatheringSubmission.Spearhead::title)
			.containsExactly("Meer groen", "Elkaar ontmoeten");
		assertThat(submission.spearheads().get(0).values()).containsExactly("groen", "ontmoeting");
		assertThat(submission.spearheads().get(0).ideas()).extracting(GatheringSubmission.Idea::title)
			.containsExactly("Buurtakker");
		assertThat(submission.spearheads().get(0).ideas().get(0).status()).isEqualTo(IdeaStatus.PLANNED);
	}

	@Test
	void anErrorAboutASubmittedItemPointsAtTheRowItWasTypedIn() {
		GatheringForm.Conversion conversion = form().toSubmission();

		assertThat(conversion.formField("values[1]")).isEqualTo("values[3]");
		assertThat(conversion.formField("values[0].<list element>")).isEqualTo("values[1]");
		assertThat(conversion.formField("spearheads[0].title")).isEqualTo("spearheads[1].title");
		assertThat(conversion.formField("spearheads[0].values[1]")).isEqualTo("spearheads[1].valuesText");
		assertThat(conversion.formField("spearheads[0].ideas[0].title")).isEqualTo("spearheads[1].ideas[1].title");
		assertThat(conversion.formField("spearheads")).isEqualTo("spearheads[0].title");
		assertThat(conversion.formField("heldOn")).isEqualTo("heldOn");
	}

	@Test
	void fieldsThatCannotBeReadAreReportedBeforeAnythingElse() {
		GatheringForm form = form();
		form.setHeldOn("3 januari");
		form.setParticipants("");

		GatheringForm.Conversion conversion = form.toSubmission();

		assertThat(conversion.submission()).isNull();
		assertThat(conversion.unreadable()).containsEntry("heldOn", "error.date").containsEntry("participants", "error.required");
	}

	@Test
	void theButtonsMoveSpearheadsAndAddRowsWithoutJavaScript() {
		GatheringForm form = form();
		form.apply("up-2");
		assertThat(form.getSpearheads()).extracting(GatheringForm.SpearheadForm::getTitle)
			.containsExactly(null, "Elkaar ontmoeten", "Meer groen");
		form.apply("up-0");
		form.apply("down-2");
		assertThat(form.getSpearheads()).extracting(GatheringForm.SpearheadForm::getTitle)
			.as("nothing moves past either end")
			.containsExactly(null, "Elkaar ontmoeten", "Meer groen");
		form.apply("add-idea-1");
		form.apply("add-value");
		form.apply("add-idea-9");
		assertThat(form.getSpearheads().get(1).getIdeas()).hasSize(2);
		assertThat(form.getValues()).hasSize(5);
		assertThat(GatheringPages.focusAfter("up-2", form)).isEqualTo("spearheads1-up");
		assertThat(GatheringPages.focusAfter("add-value", form)).isEqualTo("values4");
	}

	@Test
	void fieldIdsAreSafeForHtml() {
		assertThat(FormErrors.idOf("spearheads[1].ideas[0].title")).isEqualTo("spearheads1-ideas0-title");
		assertThat(FormErrors.idOf("values[12]")).isEqualTo("values12");
	}

}
