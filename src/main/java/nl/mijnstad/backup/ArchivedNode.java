package nl.mijnstad.backup;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * A node as the archive holds it: a number that is only meaningful inside one archive (relationships refer to
 * it), its labels, sorted, and its typed properties. The service's own ids are among the properties.
 */
record ArchivedNode(long ref, List<String> labels, ObjectNode properties) {

	ArchivedNode {
		labels = labels.stream().sorted().toList();
	}

}
