package nl.mijnstad.demo.city;

import java.text.Normalizer;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Display names as members give them to their network: a Dutch first name, typical of the person's generation,
 * and the initials of the last name ("Fatima E.", "Joost v. D.").
 */
final class PersonNames {

	private static final List<String> BORN_BEFORE_1955 = List.of("Johannes", "Cornelis", "Wilhelmus", "Gerard",
			"Henk", "Piet", "Jan", "Kees", "Toon", "Harrie", "Sjef", "Martien", "Theo", "Frans", "Jo", "Maria", "Riet",
			"Annie", "Mien", "Truus", "Corrie", "Net", "Dora", "Jet", "Gerda", "Toos", "Wil", "Bep", "Diny", "Ria",
			"Hein", "Door", "Ad", "Adriana");

	private static final List<String> BORN_1955_TO_1984 = List.of("Peter", "Marco", "Erik", "Jeroen", "Rob", "Hans",
			"Ronald", "Mark", "Michel", "Patrick", "Frank", "Joost", "Arjan", "Paul", "Ruud", "Ahmed", "Mohamed",
			"Mustafa", "Hasan", "Monique", "Marion", "Ingrid", "Anja", "Petra", "Esther", "Sandra", "Linda", "Karin",
			"Marieke", "Yvonne", "Miriam", "Fatima", "Ayşe", "Saskia", "Anita", "Hanneke", "Roy", "Desiree");

	private static final List<String> BORN_FROM_1985 = List.of("Daan", "Sem", "Lucas", "Thijs", "Bram", "Jesse",
			"Milan", "Noah", "Luuk", "Ruben", "Stijn", "Youssef", "Mehmet", "Kevin", "Tim", "Rayan", "Emma", "Julia",
			"Sophie", "Lisa", "Sanne", "Fleur", "Lotte", "Anouk", "Eva", "Iris", "Noor", "Yasmina", "Zeynep", "Demi",
			"Lieke", "Priya", "Chloë", "Maarten", "Jasper", "Bilal", "Esmée", "Naomi");

	private static final String INITIALS = "BBBBBBBBVVVVVVDDDDDHHHHHHHHHKKKKKKKMMMMMMSSSSSSSSSWWWWWWJJJJPPPPPRRRRRGGGG"
			+ "LLLLTTTEEEAAAOOCCFFNNZZYIU";

	private PersonNames() {
	}

	/** A name for someone born in {@code birthYear}, or of an unknown generation when it is 0. */
	static String displayName(int birthYear, SplittableRandom random) {
		int year = (birthYear != 0) ? birthYear : 1950 + random.nextInt(50);
		List<String> names = (year < 1955) ? BORN_BEFORE_1955 : (year < 1985) ? BORN_1955_TO_1984 : BORN_FROM_1985;
		String first = names.get(random.nextInt(names.size()));
		char initial = INITIALS.charAt(random.nextInt(INITIALS.length()));
		int prefix = random.nextInt(100);
		String last;
		if (prefix < 9) {
			last = "v. " + initial + ".";
		}
		else if (prefix < 17) {
			last = "v. d. " + initial + ".";
		}
		else if (prefix < 26) {
			last = "d. " + initial + ".";
		}
		else {
			last = initial + ".";
		}
		return first + " " + last;
	}

	/** A unique address at the reserved example.org domain: "joost.v.d.57@example.org". */
	static String email(String displayName, int number) {
		StringBuilder local = new StringBuilder(displayName.length() + 20);
		boolean separate = false;
		for (char c : displayName.toCharArray()) {
			char letter = asciiLetter(c);
			if (letter == 0) {
				separate = local.length() > 0;
				continue;
			}
			if (separate) {
				local.append('.');
				separate = false;
			}
			local.append(letter);
		}
		return local.append('.').append(number).append("@example.org").toString();
	}

	/** The lower-case ASCII letter of {@code c} without its accents, or 0 when it is no letter. */
	private static char asciiLetter(char c) {
		if (c >= 'a' && c <= 'z') {
			return c;
		}
		if (c >= 'A' && c <= 'Z') {
			return (char) (c + ('a' - 'A'));
		}
		if (Character.isLetter(c)) {
			String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			char first = Character.toLowerCase(base.charAt(0));
			return (first >= 'a' && first <= 'z') ? first : 0;
		}
		return 0;
	}

	/** A fictional mobile number "+31 6 00xxxxxx", unique for numbers below a million. */
	static String phone(int number) {
		String digits = Integer.toString(number % 1_000_000);
		return "+31 6 00" + "0".repeat(6 - digits.length()) + digits;
	}

}
