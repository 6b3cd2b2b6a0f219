package nl.mijnstad.vocabulary;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Turns the free text of a value or spearhead into the vocabulary key under which different
 * gatherings meet, while the wording as submitted stays on the relationship.
 */
@Component
public class Normaliser {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

	/** The key of a wording: lower case, without diacritics, white space trimmed and collapsed. */
	public String key(String wording) {
		String decomposed = Normalizer.normalize(wording, Normalizer.Form.NFKD);
		String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		return SPACE.matcher(folded).replaceAll(" ").strip();
	}

	/** The label shown for a new key: the wording, trimmed and collapsed, as the first submitter wrote it. */
	public String label(String wording) {
		return SPACE.matcher(wording).replaceAll(" ").strip();
	}

}
