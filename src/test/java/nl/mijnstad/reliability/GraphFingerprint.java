package nl.mijnstad.reliability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The whole graph in three figures: how many nodes, how many relationships, and a SHA-256 over every node's
 * labels and properties and every relationship's type, ends and properties. Two fingerprints are equal only if
 * nothing was added, removed or changed in between.
 */
record GraphFingerprint(long nodes, long relationships, String content) {

	static GraphFingerprint of(Driver driver) {
		try (var session = driver.session()) {
			List<String> nodes = session.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p")
				.list(record -> record.get("id").asString() + sorted(record.get("labels").asList(Value::toString))
						+ properties(record));
			List<String> relationships = session.run("""
					MATCH (a)-[r]->(b)
					RETURN elementId(r) AS id, type(r) + elementId(a) + '>' + elementId(b) AS ends, properties(r) AS p""")
				.list(record -> record.get("id").asString() + record.get("ends").asString() + properties(record));
			return new GraphFingerprint(nodes.size(), relationships.size(), hash(nodes, relationships));
		}
	}

	private static String properties(Record record) {
		return new TreeMap<>(record.get("p").asMap(Value::toString)).toString();
	}

	private static String sorted(List<String> values) {
		List<String> copy = new ArrayList<>(values);
		copy.sort(null);
		return copy.toString();
	}

	private static String hash(List<String> nodes, List<String> relationships) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (List<String> lines : List.of(nodes, relationships)) {
				List<String> ordered = new ArrayList<>(lines);
				ordered.sort(null);
				ordered.forEach(line -> digest.update((line + '\n').getBytes(StandardCharsets.UTF_8)));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
