package nl.mijnstad.vocabulary;

/** The two vocabularies gatherings submit into: values (waarden) and spearheads (speerpunten). */
public enum VocabularyKind {

	VALUE("Value", "ValueAlias", "value"),

	SPEARHEAD("Spearhead", "SpearheadAlias", "spearhead");

	private final String label;

	private final String aliasLabel;

	private final String noun;

	VocabularyKind(String label, String aliasLabel, String noun) {
		this.label = label;
		this.aliasLabel = aliasLabel;
		this.noun = noun;
	}

	/** The node label of the entries. */
	String label() {
		return this.label;
	}

	/** The node label of the aliases that merged-away keys leave behind. */
	String aliasLabel() {
		return this.aliasLabel;
	}

	/** The word for an entry in messages. */
	public String noun() {
		return this.noun;
	}

}
