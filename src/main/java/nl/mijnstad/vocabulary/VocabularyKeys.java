package nl.mijnstad.vocabulary;

import java.util.Map;

/**
 * Keys for new wordings as they should be stored: normalised by the {@link Normaliser}, then resolved through
 * the aliases that merges left behind, so a wording that keys to a merged-away entry lands on the entry it
 * was merged into. A snapshot of the aliases at the moment {@link Vocabulary#keys()} was called; cheap to use
 * for one submission.
 */
public final class VocabularyKeys {

	private final Normaliser normaliser;

	private final Map<String, String> valueAliases;

	private final Map<String, String> spearheadAliases;

	VocabularyKeys(Normaliser normaliser, Map<String, String> valueAliases, Map<String, String> spearheadAliases) {
		this.normaliser = normaliser;
		this.valueAliases = Map.copyOf(valueAliases);
		this.spearheadAliases = Map.copyOf(spearheadAliases);
	}

	/** The key under which this value wording is stored. */
	public String value(String wording) {
		String key = this.normaliser.key(wording);
		return this.valueAliases.getOrDefault(key, key);
	}

	/** The key under which this spearhead wording is stored. */
	public String spearhead(String wording) {
		String key = this.normaliser.key(wording);
		return this.spearheadAliases.getOrDefault(key, key);
	}

}
