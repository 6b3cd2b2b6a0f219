package nl.mijnstad.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of {@code cypher/migrations/}: {@code V001__snake_case.cypher}, its statements and checksum.
 *
 * @param version the number after the V
 * @param description the words after the double underscore
 * @param file the file name, for messages
 * @param checksum SHA-256 of the content with normalised line endings
 * @param statements the statements, split at semicolons that end a line
 */
record Migration(int version, String description, String file, String checksum, List<String> statements) {

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	static Migration parse(String file, String content) {
		Matcher name = NAME.matcher(file);
		if (!name.matches()) {
			throw new IllegalStateException("Migration file " + file + " is not named V<number>__<words>.cypher");
		}
		String normalised = content.replace("\r\n", "\n");
		return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), file,
				sha256(normalised), statements(normalised));
	}

	private static List<String> statements(String content) {
		String withoutComments = Arrays.stream(content.split("\n"))
			.filter(line -> !line.stripLeading().startsWith("//"))
			.reduce("", (a, b) -> a + b + "\n");
		return Arrays.stream(withoutComments.split(";\\s*\n"))
			.map(String::strip)
			.map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
			.filter(s -> !s.isEmpty())
			.toList();
	}

	private static String sha256(String content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
