package nl.mijnstad.backup;

import java.util.SortedMap;
import java.util.function.Consumer;

/** A graph to archive, read in the archive's order: its migrations, its nodes, then its relationships. */
interface GraphSource {

	/** Version and checksum of each migration applied to the graph. */
	SortedMap<Integer, String> migrations();

	/** Every node, numbered 0, 1, 2, ... in the order given. */
	void nodes(Consumer<ArchivedNode> nodes);

	/** Every relationship, between nodes already given. */
	void relationships(Consumer<ArchivedRelationship> relationships);

}
