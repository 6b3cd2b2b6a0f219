package nl.mijnstad.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The city profile's two formats: Dutch, printable, and safe against markup in submitted text. */
class ProfileRendererTests {

	private static final CityProfile PROFILE = new CityProfile(Instant.parse("2017-03-01T12:30:00Z"),
			LocalDate.parse("2017-01-03"), LocalDate.parse("2017-02-28"), 1234, 5678, 90,
			List.of(new CityProfile.Value("Groen & <b>veilig</b>", 12, 3, 0.456)),
			List.of(new CityProfile.Spearhead(1, true, "Meer *groen* <script>alert(1)</script>", List.of("Groen"), 7,
					List.of("Buurtakker [zie](javascript:x)")),
					new CityProfile.Spearhead(1, true, "Ontmoeten", List.of(), 1, List.of())));

	@Test
	void htmlIsADutchPrintablePageWithEveryTextEscaped() {
		String html = ProfileRenderer.html(PROFILE);
		assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"nl\">").contains("@media print");
		assertThat(html).contains("Stand van de gegevens: 1 maart 2017 om 13:30")
			.contains("3 januari 2017 tot en met 28 februari 2017")
			.contains("1.234 netwerken met samen 5.678 personen")
			.contains("in 90 bijeenkomsten");
		assertThat(html).doesNotContain("<script>").doesNotContain("<b>veilig")
			.contains("Meer *groen* &lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("Groen &amp; &lt;b&gt;veilig&lt;/b&gt;");
		assertThat(html).contains("<li value=\"1\"><strong>Ontmoeten</strong> <span class=\"detail\">(gedeelde plaats)");
		assertThat(html).contains("gemiddelde instemming per cluster 46%");
	}

	@Test
	void markdownEscapesInlineMarkupInSubmittedText() {
		String md = ProfileRenderer.markdown(PROFILE);
		assertThat(md).startsWith("# Stip op de horizon\n")
			.contains("1. **Groen \\& \\<b\\>veilig\\</b\\>** – gedragen door 12 netwerken in 3 clusters")
			.contains("- **1. Meer \\*groen\\* \\<script\\>alert(1)\\</script\\>** (gedeelde plaats)")
			.contains("  - Buurtakker \\[zie\\](javascript:x)")
			.contains("Gekozen door 7 netwerken; dient Groen. Voorbeeldideeën:");
	}

	@Test
	void anEmptyCityStillGivesAProfile() {
		CityProfile empty = new CityProfile(Instant.parse("2017-03-01T12:30:00Z"), null, null, 0, 0, 0, List.of(),
				List.of());
		assertThat(ProfileRenderer.html(empty)).contains("Nog geen waarden ingediend.").contains("0 netwerken");
		assertThat(ProfileRenderer.markdown(empty)).contains("Nog geen speerpunten ingediend.");
	}

}
