package nl.mijnstad.demo.city;

import java.text.Normalizer;
import java.util.Locale;

/** Folds wording as the service's vocabulary key does: case, diacritics and white space. */
final class Folding {

	private Folding() {
	}

	static String fold(String wording) {
		String decomposed = Normalizer.normalize(wording, Normalizer.Form.NFKD);
		String folded = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
		return folded.replaceAll("[\\s\\p{Z}]+", " ").strip();
	}

}
