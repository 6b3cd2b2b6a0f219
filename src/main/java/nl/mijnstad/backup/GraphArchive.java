package nl.mijnstad.backup;

import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backup archive: a zip of {@code nodes.jsonl} and {@code relationships.jsonl} (one JSON object a line, so
 * any size streams in and out) and a {@code manifest.json} with their SHA-256, the migrations and the graph's
 * fingerprint. Plain JSON on purpose: an operator can inspect it with unzip and jq, and it loads into any Neo4j
 * version the service runs on, which a store copy does not promise.
 */
final class GraphArchive {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GraphArchive() {
	}

	/**
	 * Writes the graph {@code source} gives. {@code progress} runs after each element, so a caller can give up
	 * when the snapshot takes longer than it may.
	 */
	static Manifest write(GraphSource source, OutputStream out, Instant createdAt, Runnable progress) throws IOException {
		SortedMap<Integer, String> migrations = source.migrations();
		GraphFingerprint fingerprint = new GraphFingerprint();
		SortedMap<String, String> sha256 = new TreeMap<>();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			sha256.put(Manifest.NODES, entry(zip, Manifest.NODES, lines -> source.nodes(node -> {
				fingerprint.add(node);
				lines.accept(node);
				progress.run();
			})));
			sha256.put(Manifest.RELATIONSHIPS, entry(zip, Manifest.RELATIONSHIPS, lines -> source.relationships(relationship -> {
				fingerprint.add(relationship);
				lines.accept(relationship);
				progress.run();
			})));
			Manifest manifest = new Manifest(Manifest.FORMAT, createdAt, migrations, fingerprint.content(), sha256);
			zip.putNextEntry(new ZipEntry(Manifest.FILE));
			zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
			zip.closeEntry();
			return manifest;
		}
	}

	/** Writes one data file of JSON lines; returns its SHA-256. */
	private static String entry(ZipOutputStream zip, String name, Consumer<Consumer<Object>> content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		MessageDigest digest = GraphFingerprint.digest();
		// The digest sees the bytes before compression, as a reader will after unzipping; closing it must not
		// close the zip.
		try (OutputStream lines = new DigestOutputStream(new FilterOutputStream(zip) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				this.out.write(bytes, offset, length);
			}

			@Override
			public void close() {
			}
		}, digest)) {
			content.accept(line -> {
				try {
					lines.write(JSON.writeValueAsBytes(line));
					lines.write('\n');
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		zip.closeEntry();
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * Reads the manifest and checks the archive against it: a format this build knows and every data file
	 * present with the SHA-256 the manifest gives.
	 */
	static Manifest verify(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(Manifest.FILE);
		if (entry == null) {
			throw new InvalidArchiveException("has no " + Manifest.FILE + "; it is not a Mijn Stad backup");
		}
		Manifest manifest;
		try (InputStream in = zip.getInputStream(entry)) {
			manifest = JSON.readValue(in, Manifest.class);
		}
		catch (JacksonException ex) {
			throw new InvalidArchiveException("has an unreadable " + Manifest.FILE + ": " + ex.getOriginalMessage());
		}
		if (manifest.format() != Manifest.FORMAT) {
			throw new InvalidArchiveException("has format " + manifest.format() + "; this build restores format "
					+ Manifest.FORMAT);
		}
		for (String name : new String[] { Manifest.NODES, Manifest.RELATIONSHIPS }) {
			ZipEntry data = zip.getEntry(name);
			String expected = manifest.sha256() == null ? null : manifest.sha256().get(name);
			if (data == null || expected == null) {
				throw new InvalidArchiveException("lacks " + name + " or its checksum");
			}
			MessageDigest digest = GraphFingerprint.digest();
			try (InputStream in = new DigestInputStream(zip.getInputStream(data), digest)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			String actual = HexFormat.of().formatHex(digest.digest());
			if (!actual.equals(expected)) {
				throw new InvalidArchiveException("is damaged: " + name + " has SHA-256 " + actual
						+ ", the manifest says " + expected);
			}
		}
		return manifest;
	}

	static void nodes(ZipFile zip, Consumer<ArchivedNode> nodes) throws IOException {
		lines(zip, Manifest.NODES, line -> nodes.accept(JSON.readValue(line, ArchivedNode.class)));
	}

	static void relationships(ZipFile zip, Consumer<ArchivedRelationship> relationships) throws IOException {
		lines(zip, Manifest.RELATIONSHIPS, line -> relationships.accept(JSON.readValue(line, ArchivedRelationship.class)));
	}

	private static void lines(ZipFile zip, String name, Consumer<String> each) throws IOException {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(zip.getInputStream(zip.getEntry(name)), StandardCharsets.UTF_8))) {
			reader.lines().forEach(each);
		}
	}

	/** The archive cannot be restored; the message completes "The backup ...". */
	static final class InvalidArchiveException extends IOException {

		InvalidArchiveException(String problem) {
			super("The backup " + problem);
		}

	}

}
