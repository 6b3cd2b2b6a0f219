package nl.mijnstad.backup;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a graph holds, independent of Neo4j's internal ids and of the order a database returns things in: the
 * number of nodes per label and relationships per type, and a content hash. Two graphs with the same nodes
 * (labels and typed properties) joined by the same relationships have the same fingerprint; so a restore
 * proves itself by comparing the restored graph's fingerprint with the one in the manifest.
 */
final class GraphFingerprint {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

	/** Each node's hash by ref; relationships hash their end nodes' content, not their refs. */
	private final List<byte[]> nodeHashes = new ArrayList<>();

	private final SortedMap<String, Long> labels = new TreeMap<>();

	private final SortedMap<String, Long> types = new TreeMap<>();

	private long relationships;

	// The sum of all element hashes modulo 2^256: a multiset hash, so the order of reading does not matter.
	private BigInteger sum = BigInteger.ZERO;

	void add(ArchivedNode node) {
		if (node.ref() != this.nodeHashes.size()) {
			throw new IllegalArgumentException("Nodes must be numbered 0, 1, 2, ... in reading order");
		}
		ObjectNode canonical = JsonNodeFactory.instance.objectNode();
		canonical.set("labels", JSON.valueToTree(node.labels()));
		canonical.set("properties", node.properties());
		byte[] hash = sha256("node " + JSON.writeValueAsString(canonical));
		this.nodeHashes.add(hash);
		node.labels().forEach(label -> this.labels.merge(label, 1L, Long::sum));
		this.sum = this.sum.add(new BigInteger(1, hash)).mod(MODULUS);
	}

	void add(ArchivedRelationship relationship) {
		HexFormat hex = HexFormat.of();
		byte[] hash = sha256("relationship " + relationship.type() + " "
				+ JSON.writeValueAsString(relationship.properties()) + " "
				+ hex.formatHex(this.nodeHashes.get(Math.toIntExact(relationship.start()))) + " "
				+ hex.formatHex(this.nodeHashes.get(Math.toIntExact(relationship.end()))));
		this.types.merge(relationship.type(), 1L, Long::sum);
		this.relationships++;
		this.sum = this.sum.add(new BigInteger(1, hash)).mod(MODULUS);
	}

	Manifest.Content content() {
		return new Manifest.Content(this.nodeHashes.size(), this.relationships, this.labels, this.types,
				String.format("%064x", this.sum));
	}

	static byte[] sha256(String text) {
		return digest().digest(text.getBytes(StandardCharsets.UTF_8));
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
