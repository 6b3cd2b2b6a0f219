package nl.mijnstad.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * The named queries of {@code cypher/queries/}, loaded from the very files an analyst runs in Neo4j Browser:
 * one home per query.
 */
public final class CypherQueries {

	private CypherQueries() {
	}

	/** The query in {@code cypher/queries/<name>.cypher}, without its trailing semicolon. */
	public static String load(String name) {
		ClassPathResource resource = new ClassPathResource("cypher/queries/" + name + ".cypher");
		try {
			String text = resource.getContentAsString(StandardCharsets.UTF_8).strip();
			return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No named query " + name + " in cypher/queries/", ex);
		}
	}

}
