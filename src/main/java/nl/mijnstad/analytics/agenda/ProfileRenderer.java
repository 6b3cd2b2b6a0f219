package nl.mijnstad.analytics.agenda;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Writes the city profile as a printable Dutch HTML page or as Markdown. Every text that came from a submission
 * (labels, titles, ideas) is escaped, so a title cannot inject markup into either format.
 */
final class ProfileRenderer {

	static final Locale DUTCH = Locale.of("nl", "NL");

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", DUTCH);

	/**
	 * The characters that start inline markup in CommonMark and GFM (emphasis, code, links, HTML, entities,
	 * strikethrough, table cells). Submitted text only ever appears inside a line, after list or emphasis markers,
	 * so line-start markers (#, -, 1.) cannot take effect and stay readable.
	 */
	private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>&~|])");

	private static final String STYLE = """
			body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1b1b;\
			max-width:46rem;margin:2rem auto;padding:0 1rem}
			h1{font-size:1.9rem;margin-bottom:.2rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #999}
			.meta{color:#444}ol{padding-left:1.6rem}li{margin:.4rem 0}.detail{color:#333;font-size:.95rem}
			ul.ideas{margin:.2rem 0 0;padding-left:1.2rem}footer{margin-top:2.5rem;font-size:.85rem;color:#444}
			@media print{body{max-width:none;margin:0;font-size:11pt;color:#000}h2{break-after:avoid}\
			li{break-inside:avoid}a{color:#000;text-decoration:none}@page{margin:2cm}}
			""";

	private ProfileRenderer() {
	}

	static String html(CityProfile profile) {
		StringBuilder html = new StringBuilder(4096);
		html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<title>Stip op de horizon – stadsprofiel</title>\n<style>\n")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n<main>\n<h1>Stip op de horizon</h1>\n")
			.append("<p>Het stadsprofiel van de beweging: wat inwoners via hun eigen netwerken samen belangrijk vinden, ")
			.append("en wat er volgens hen moet gebeuren.</p>\n<p class=\"meta\">")
			.append(escape(dataLine(profile)))
			.append("</p>\n<h2>Wie staan erachter</h2>\n<p>")
			.append(escape(supportLine(profile)))
			.append("</p>\n<h2>Gedeelde waarden</h2>\n");
		if (profile.values().isEmpty()) {
			html.append("<p>Nog geen waarden ingediend.</p>\n");
		}
		else {
			html.append("<ol>\n");
			for (CityProfile.Value value : profile.values()) {
				html.append("<li><strong>")
					.append(escape(value.label()))
					.append("</strong> <span class=\"detail\">– ")
					.append(escape(valueDetail(value)))
					.append("</span></li>\n");
			}
			html.append("</ol>\n");
		}
		html.append("<h2>Speerpunten</h2>\n");
		if (profile.spearheads().isEmpty()) {
			html.append("<p>Nog geen speerpunten ingediend.</p>\n");
		}
		else {
			html.append("<ol>\n");
			for (CityProfile.Spearhead spearhead : profile.spearheads()) {
				html.append("<li value=\"").append(spearhead.rank()).append("\"><strong>")
					.append(escape(spearhead.title()))
					.append("</strong>");
				if (spearhead.tied()) {
					html.append(" <span class=\"detail\">(gedeelde plaats)</span>");
				}
				html.append("<br><span class=\"detail\">").append(escape(spearheadDetail(spearhead))).append("</span>");
				if (!spearhead.ideas().isEmpty()) {
					html.append("\n<ul class=\"ideas\" aria-label=\"Voorbeeldideeën\">");
					for (String idea : spearhead.ideas()) {
						html.append("<li>").append(escape(idea)).append("</li>");
					}
					html.append("</ul>");
				}
				html.append("</li>\n");
			}
			html.append("</ol>\n");
		}
		html.append("</main>\n<footer>\n<p>")
			.append(escape(methodNote()))
			.append("</p>\n</footer>\n</body>\n</html>\n");
		return html.toString();
	}

	static String markdown(CityProfile profile) {
		StringBuilder md = new StringBuilder(2048);
		md.append("# Stip op de horizon\n\n")
			.append("Het stadsprofiel van de beweging: wat inwoners via hun eigen netwerken samen belangrijk vinden, ")
			.append("en wat er volgens hen moet gebeuren.\n\n")
			.append('*').append(md(dataLine(profile))).append("*\n\n")
			.append("## Wie staan erachter\n\n")
			.append(md(supportLine(profile)))
			.append("\n\n## Gedeelde waarden\n\n");
		if (profile.values().isEmpty()) {
			md.append("Nog geen waarden ingediend.\n");
		}
		int i = 1;
		for (CityProfile.Value value : profile.values()) {
			md.append(i++).append(". **").append(md(value.label())).append("** – ").append(md(valueDetail(value)))
				.append('\n');
		}
		md.append("\n## Speerpunten\n\n");
		if (profile.spearheads().isEmpty()) {
			md.append("Nog geen speerpunten ingediend.\n");
		}
		for (CityProfile.Spearhead spearhead : profile.spearheads()) {
			// Markdown renumbers ordered lists, so a shared place is written out instead of left to the renderer.
			md.append("- **").append(spearhead.rank()).append(". ").append(md(spearhead.title())).append("**");
			if (spearhead.tied()) {
				md.append(" (gedeelde plaats)");
			}
			md.append("  \n  ").append(md(spearheadDetail(spearhead))).append('\n');
			for (String idea : spearhead.ideas()) {
				md.append("  - ").append(md(idea)).append('\n');
			}
		}
		md.append("\n---\n\n").append(md(methodNote())).append('\n');
		return md.toString();
	}

	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/** Escapes text so that Markdown shows it as written, on one line. */
	static String md(String text) {
		String oneLine = text.replaceAll("[\\r\\n]+", " ");
		return MARKDOWN_SPECIAL.matcher(oneLine).replaceAll("\\\\$1");
	}

	private static String dataLine(CityProfile profile) {
		String line = "Stand van de gegevens: " + MOMENT.format(profile.dataOf().atZone(ZONE));
		if (profile.firstGathering() != null) {
			line += "; bijeenkomsten van " + day(profile.firstGathering()) + " tot en met "
					+ day(profile.lastGathering());
		}
		return line + ".";
	}

	private static String supportLine(CityProfile profile) {
		return number(profile.networks()) + (profile.networks() == 1 ? " netwerk" : " netwerken") + " met samen "
				+ number(profile.people()) + (profile.people() == 1 ? " persoon" : " personen")
				+ " (leden van de bereikte netwerken en deelnemers, ieder één keer geteld), in "
				+ number(profile.gatherings()) + (profile.gatherings() == 1 ? " bijeenkomst." : " bijeenkomsten.");
	}

	private static String valueDetail(CityProfile.Value value) {
		return "gedragen door " + number(value.networks()) + (value.networks() == 1 ? " netwerk" : " netwerken")
				+ " in " + number(value.clusters()) + (value.clusters() == 1 ? " cluster" : " clusters")
				+ "; gemiddelde instemming per cluster " + percent(value.meanAgreement());
	}

	private static String spearheadDetail(CityProfile.Spearhead spearhead) {
		String detail = "Gekozen door " + number(spearhead.networks())
				+ (spearhead.networks() == 1 ? " netwerk" : " netwerken");
		List<String> values = spearhead.values();
		if (!values.isEmpty()) {
			detail += "; dient " + String.join(", ", values);
		}
		return detail + (spearhead.ideas().isEmpty() ? "." : ". Voorbeeldideeën:");
	}

	private static String methodNote() {
		return "Gedeelde waarden: geordend op het aantal netwerken, dan op de groepsbewuste instemming over clusters "
				+ "van netwerken (zoals Pol.is). Speerpunten: de gezamenlijke rangorde volgens de Schulze-methode over de "
				+ "geprioriteerde lijsten van alle bijeenkomsten. Alleen totalen; er staan geen persoonsgegevens in.";
	}

	private static String day(LocalDate date) {
		return DAY.format(date);
	}

	private static String number(long n) {
		return NumberFormat.getIntegerInstance(DUTCH).format(n);
	}

	private static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

}
