package nl.mijnstad.backup;

import tools.jackson.databind.node.ObjectNode;

/** A relationship as the archive holds it: between two nodes of the same archive, by their {@code ref}. */
record ArchivedRelationship(long start, long end, String type, ObjectNode properties) {
}
