package nl.mijnstad.backup;

import java.time.Instant;
import java.util.SortedMap;

/**
 * The description a backup archive carries of itself ({@code manifest.json}): enough to check, before loading
 * a single node, that the archive is whole and that this build can restore it.
 *
 * @param format the archive format; a build restores only formats it knows
 * @param createdAt when the snapshot was taken
 * @param migrations version and checksum of every migration applied to the backed-up graph
 * @param content what the graph holds, to compare the restored graph with
 * @param sha256 the SHA-256 of each data file of the archive, by file name
 */
record Manifest(int format, Instant createdAt, SortedMap<Integer, String> migrations, Content content,
		SortedMap<String, String> sha256) {

	static final int FORMAT = 1;

	static final String FILE = "manifest.json";

	static final String NODES = "nodes.jsonl";

	static final String RELATIONSHIPS = "relationships.jsonl";

	/**
	 * Counts and content hash of a graph (see {@link GraphFingerprint}).
	 *
	 * @param nodes all nodes
	 * @param relationships all relationships
	 * @param labels nodes per label
	 * @param types relationships per type
	 * @param graphHash the order-independent hash of all nodes and relationships with their properties
	 */
	record Content(long nodes, long relationships, SortedMap<String, Long> labels, SortedMap<String, Long> types,
			String graphHash) {
	}

}
