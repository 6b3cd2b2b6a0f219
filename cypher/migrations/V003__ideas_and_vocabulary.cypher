// Keys of the labels the ideas box and the vocabulary merges add: status changes, merges and aliases.
// Each statement is repeatable (IF NOT EXISTS).
CREATE CONSTRAINT status_change_id IF NOT EXISTS FOR (c:StatusChange) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT vocabulary_merge_id IF NOT EXISTS FOR (m:VocabularyMerge) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT value_alias_key IF NOT EXISTS FOR (a:ValueAlias) REQUIRE a.key IS UNIQUE;
CREATE CONSTRAINT spearhead_alias_key IF NOT EXISTS FOR (a:SpearheadAlias) REQUIRE a.key IS UNIQUE;
CREATE INDEX vocabulary_merge_at IF NOT EXISTS FOR (m:VocabularyMerge) ON (m.at);
