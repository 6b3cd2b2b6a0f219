package nl.mijnstad.vocabulary;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A recorded merge of one vocabulary entry into another.
 *
 * @param id the merge's id
 * @param kind VALUE or SPEARHEAD
 * @param from the key that was merged away (now an alias)
 * @param fromLabel its label
 * @param into the key it was merged into
 * @param intoLabel that entry's label
 * @param at when
 * @param by the admin account that merged; shown to admins only
 * @param moved gatherings' links (HOLDS or PRIORITISES) that now point at {@code into}
 * @param collapsed of those, links dropped because the gathering already linked to {@code into} (see docs/ideas.md)
 * @param serves SERVES relationships moved
 * @param valueLists spearhead links whose value list was rewritten (value merges)
 * @param ideas ideas moved to the target spearhead (spearhead merges)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VocabularyMerge(String id, VocabularyKind kind, String from, String fromLabel, String into,
		String intoLabel, OffsetDateTime at, String by, long moved, long collapsed, long serves, long valueLists,
		long ideas) {

	VocabularyMerge withoutBy() {
		return new VocabularyMerge(this.id, this.kind, this.from, this.fromLabel, this.into, this.intoLabel, this.at,
				null, this.moved, this.collapsed, this.serves, this.valueLists, this.ideas);
	}

}
