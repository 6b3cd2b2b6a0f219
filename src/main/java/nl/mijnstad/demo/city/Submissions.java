package nl.mijnstad.demo.city;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes what a network holder submits after a gathering: values in the holder's own wording, a prioritised
 * list of spearheads serving those values, and ideas per spearhead carried by attendees.
 */
final class Submissions {

	/** How a holder types: neatly in lower case, with capitals, or carelessly. */
	private enum Typing {

		TIDY, CAPITALS, CARELESS

	}

	/** The output of one gathering. */
	record Output(List<String> values, List<DemoSpearhead> spearheads) {
	}

	private static final double[] VALUE_COUNTS = { 0, 0, 0, 15, 25, 25, 18, 10, 7 };

	private static final double[] SPEARHEAD_COUNTS = { 0, 8, 15, 25, 22, 15, 9, 6 };

	private static final double[] IDEA_COUNTS = { 12, 38, 30, 15, 5 };

	private static final List<String> EXPLANATION_ENDINGS = List.of(" Dit kwam in ons gesprek steeds terug.",
			" Hier willen we zelf aan bijdragen.", " Voor onze leden speelt dit elke week.",
			" Daar zijn we het unaniem over eens.");

	private final Vocabulary vocabulary;

	Submissions(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/**
	 * @param attendeeIds ids of the attendees, the holder first
	 * @param place where the network is active, for ideas that say where they start; may be null
	 */
	Output write(Kind kind, String city, String carnivalCity, String place, List<String> attendeeIds,
			SplittableRandom random) {
		List<Vocabulary.Value> catalogue = this.vocabulary.values();
		Typing typing = (random.nextInt(100) < 50) ? Typing.TIDY
				: (random.nextInt(100) < 70) ? Typing.CAPITALS : Typing.CARELESS;

		int valueCount = Math.min(draw(VALUE_COUNTS, random), catalogue.size());
		double[] weights = new double[catalogue.size()];
		for (int v = 0; v < weights.length; v++) {
			weights[v] = catalogue.get(v).weightByKind()[kind.ordinal()];
		}
		int[] chosen = drawDistinct(weights, valueCount, random);
		String[] wording = new String[catalogue.size()];
		List<String> values = new ArrayList<>(chosen.length);
		for (int v : chosen) {
			wording[v] = type(catalogue.get(v), typing, random);
			values.add(wording[v]);
		}

		List<Vocabulary.Spearhead> spearheadCatalogue = this.vocabulary.spearheads();
		double[] fit = new double[spearheadCatalogue.size()];
		for (int s = 0; s < fit.length; s++) {
			for (int v : spearheadCatalogue.get(s).values()) {
				if (wording[v] != null) {
					fit[s] += weights[v];
				}
			}
			// squared, so that a spearhead serving two of the chosen values is clearly preferred
			fit[s] *= fit[s];
		}
		// a spearhead drawn earlier is ranked higher, so spearheads that fit the network's values come first
		int[] ranked = drawDistinct(fit, draw(SPEARHEAD_COUNTS, random), random);
		List<DemoSpearhead> spearheads = new ArrayList<>(ranked.length);
		for (int s : ranked) {
			Vocabulary.Spearhead entry = spearheadCatalogue.get(s);
			List<String> served = new ArrayList<>(2);
			for (int v : entry.values()) {
				if (wording[v] != null) {
					served.add(wording[v]);
				}
			}
			String title = retype(entry.title().replace("{stad}", city), random);
			String explanation = entry.explanation().replace("{stad}", city).replace("{carnavalsstad}", carnivalCity);
			if (random.nextInt(100) < 35) {
				explanation += Atlas.pick(EXPLANATION_ENDINGS, random);
			}
			spearheads.add(new DemoSpearhead(title, explanation, served, ideas(entry, place, attendeeIds, random)));
		}
		return new Output(values, spearheads);
	}

	private static List<DemoIdea> ideas(Vocabulary.Spearhead entry, String place, List<String> attendeeIds,
			SplittableRandom random) {
		int count = Math.min(draw(IDEA_COUNTS, random), entry.ideas().size());
		double[] even = new double[entry.ideas().size()];
		java.util.Arrays.fill(even, 1);
		List<DemoIdea> ideas = new ArrayList<>(count);
		for (int i : drawDistinct(even, count, random)) {
			Vocabulary.Idea idea = entry.ideas().get(i);
			int roll = random.nextInt(100);
			String status = (roll < 55) ? "PLANNED" : (roll < 85) ? "RUNNING" : (roll < 95) ? "DONE" : "STOPPED";
			String description = idea.description();
			int extra = random.nextInt(100);
			if (extra < 25 && place != null) {
				description += " We beginnen in " + place + ".";
			}
			else if (extra < 40) {
				description += " Hiervoor zoeken we nog vrijwilligers.";
			}
			else if (extra < 55 && !status.equals("PLANNED")) {
				description += " Dit loopt al sinds vorig jaar.";
			}
			int initiators = Math.min(attendeeIds.size(),
					1 + ((random.nextInt(100) < 35) ? 1 : 0) + ((random.nextInt(100) < 10) ? 1 : 0));
			List<String> carriers = new ArrayList<>(initiators);
			double[] anyAttendee = new double[attendeeIds.size()];
			java.util.Arrays.fill(anyAttendee, 1);
			for (int a : drawDistinct(anyAttendee, initiators, random)) {
				carriers.add(attendeeIds.get(a));
			}
			ideas.add(new DemoIdea(idea.title(), description, status, carriers));
		}
		return ideas;
	}

	/** The wording of a value as this holder types it: sometimes a synonym, in the holder's own typing. */
	private static String type(Vocabulary.Value value, Typing typing, SplittableRandom random) {
		String text = value.wording();
		if (!value.synonyms().isEmpty() && random.nextInt(100) < 6) {
			text = Atlas.pick(value.synonyms(), random);
		}
		return switch (typing) {
			case TIDY -> text;
			case CAPITALS -> capitalise(text);
			case CARELESS -> switch (random.nextInt(7)) {
				case 0 -> text;
				case 1 -> capitalise(text);
				case 2 -> text + " ";
				case 3 -> " " + capitalise(text);
				case 4 -> text.replaceFirst(" ", "  ").toUpperCase(Locale.ROOT);
				case 5 -> withoutDiacritics(text);
				default -> capitalise(text).replace(" ", "  ");
			};
		};
	}

	/** A spearhead title mostly as in the catalogue, sometimes typed differently. */
	private static String retype(String title, SplittableRandom random) {
		int roll = random.nextInt(100);
		if (roll < 5) {
			return title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
		}
		if (roll < 9) {
			return title + " ";
		}
		if (roll < 12) {
			return title.replaceFirst(" ", "  ");
		}
		return title;
	}

	private static String capitalise(String text) {
		return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	private static String withoutDiacritics(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

	/** A count drawn with the given relative weights per count. */
	private static int draw(double[] weightPerCount, SplittableRandom random) {
		double total = 0;
		for (double w : weightPerCount) {
			total += w;
		}
		double target = random.nextDouble() * total;
		for (int count = 0; count < weightPerCount.length; count++) {
			target -= weightPerCount[count];
			if (target < 0) {
				return count;
			}
		}
		return weightPerCount.length - 1;
	}

	/**
	 * Up to {@code count} distinct indexes, each draw proportional to weight among those not yet drawn; fewer
	 * when fewer have a positive weight.
	 */
	static int[] drawDistinct(double[] weights, int count, SplittableRandom random) {
		double[] left = weights.clone();
		int[] drawn = new int[count];
		int n = 0;
		while (n < count) {
			double total = 0;
			for (double w : left) {
				total += w;
			}
			if (total <= 0) {
				break;
			}
			double target = random.nextDouble() * total;
			int pick = -1;
			for (int i = 0; i < left.length; i++) {
				if (left[i] > 0) {
					pick = i;
					target -= left[i];
					if (target < 0) {
						break;
					}
				}
			}
			drawn[n++] = pick;
			left[pick] = 0;
		}
		return java.util.Arrays.copyOf(drawn, n);
	}

}
