package nl.mijnstad.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Values;

import tools.jackson.databind.json.JsonMapper;

/** The archive format: what goes in comes out, and a damaged or foreign archive is refused before loading. */
class GraphArchiveTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path folder;

	/** A network with a member who has contact data: three nodes, two relationships. */
	static SmallGraph smallGraph() {
		List<ArchivedNode> nodes = List.of(
				new ArchivedNode(0, List.of("Network"), PropertyValues.encode(Map.of("id", Values.value("n1"), "name",
						Values.value("Bossche Brigade"), "createdAt", Values.value(LocalDate.of(2017, 1, 3))))),
				new ArchivedNode(1, List.of("Person"),
						PropertyValues.encode(Map.of("id", Values.value("p1"), "birthYear", Values.value(1970L)))),
				new ArchivedNode(2, List.of("Contact"), PropertyValues.encode(Map.of("email", Values.value("a@b.nl")))));
		List<ArchivedRelationship> relationships = List.of(
				new ArchivedRelationship(1, 0, "MEMBER_OF", PropertyValues.encode(Map.of("role", Values.value("HOLDER")))),
				new ArchivedRelationship(1, 2, "HAS_CONTACT", PropertyValues.encode(Map.of())));
		return new SmallGraph(new TreeMap<>(Map.of(1, "abc", 2, "def")), nodes, relationships);
	}

	record SmallGraph(SortedMap<Integer, String> migrations, List<ArchivedNode> nodeList,
			List<ArchivedRelationship> relationshipList) implements GraphSource {

		@Override
		public void nodes(Consumer<ArchivedNode> nodes) {
			this.nodeList.forEach(nodes);
		}

		@Override
		public void relationships(Consumer<ArchivedRelationship> relationships) {
			this.relationshipList.forEach(relationships);
		}

	}

	private Path write(GraphSource graph) throws IOException {
		Path file = this.folder.resolve("backup.zip");
		try (OutputStream out = Files.newOutputStream(file)) {
			GraphArchive.write(graph, out, Instant.parse("2026-11-27T23:00:00Z"), () -> {
			});
		}
		return file;
	}

	@Test
	void whatIsWrittenReadsBackWithAManifestThatCountsIt() throws IOException {
		SmallGraph graph = smallGraph();
		try (ZipFile zip = new ZipFile(write(graph).toFile())) {
			Manifest manifest = GraphArchive.verify(zip);
			assertThat(manifest.format()).isEqualTo(1);
			assertThat(manifest.migrations()).isEqualTo(graph.migrations());
			assertThat(manifest.content().nodes()).isEqualTo(3);
			assertThat(manifest.content().relationships()).isEqualTo(2);
			assertThat(manifest.content().labels()).containsEntry("Network", 1L).containsEntry("Contact", 1L);
			assertThat(manifest.content().types()).containsEntry("MEMBER_OF", 1L).containsEntry("HAS_CONTACT", 1L);
			List<ArchivedNode> nodes = new ArrayList<>();
			GraphArchive.nodes(zip, nodes::add);
			List<ArchivedRelationship> relationships = new ArrayList<>();
			GraphArchive.relationships(zip, relationships::add);
			// As JSON text: a number read back may be a smaller Jackson node type of the same value.
			assertThat(JSON.writeValueAsString(nodes)).isEqualTo(JSON.writeValueAsString(graph.nodeList()));
			assertThat(JSON.writeValueAsString(relationships))
				.isEqualTo(JSON.writeValueAsString(graph.relationshipList()));
		}
	}

	@Test
	void aChangedByteInTheDataIsFoundBeforeAnythingIsLoaded() throws IOException {
		Path original = write(smallGraph());
		Path tampered = this.folder.resolve("tampered.zip");
		copy(original, tampered, (name, bytes) -> name.equals(Manifest.NODES)
				? new String(bytes, StandardCharsets.UTF_8).replace("a@b.nl", "x@b.nl").getBytes(StandardCharsets.UTF_8)
				: bytes);
		try (ZipFile zip = new ZipFile(tampered.toFile())) {
			assertThatThrownBy(() -> GraphArchive.verify(zip)).isInstanceOf(GraphArchive.InvalidArchiveException.class)
				.hasMessageContaining("is damaged: nodes.jsonl");
		}
	}

	@Test
	void aZipWithoutManifestOrOfAnotherFormatIsRefused() throws IOException {
		Path original = write(smallGraph());
		Path foreign = this.folder.resolve("foreign.zip");
		copy(original, foreign, (name, bytes) -> name.equals(Manifest.FILE) ? null : bytes);
		try (ZipFile zip = new ZipFile(foreign.toFile())) {
			assertThatThrownBy(() -> GraphArchive.verify(zip)).hasMessageContaining("not a Mijn Stad backup");
		}
		Path future = this.folder.resolve("future.zip");
		copy(original, future, (name, bytes) -> name.equals(Manifest.FILE) ? new String(bytes, StandardCharsets.UTF_8)
			.replace("\"format\" : 1", "\"format\" : 2")
			.getBytes(StandardCharsets.UTF_8) : bytes);
		try (ZipFile zip = new ZipFile(future.toFile())) {
			assertThatThrownBy(() -> GraphArchive.verify(zip)).hasMessageContaining("has format 2");
		}
	}

	@Test
	void anEmptyGraphMakesAnArchiveToo() throws IOException {
		try (ZipFile zip = new ZipFile(write(new SmallGraph(new TreeMap<>(), List.of(), List.of())).toFile())) {
			assertThat(GraphArchive.verify(zip).content().nodes()).isZero();
		}
	}

	@Test
	void theFingerprintDependsOnContentNotOnOrderOrNumbering() {
		SmallGraph graph = smallGraph();
		GraphFingerprint forward = new GraphFingerprint();
		graph.nodes(forward::add);
		graph.relationships(forward::add);

		// The same graph, nodes read in the opposite order and so numbered differently.
		List<ArchivedNode> reversed = new ArrayList<>(graph.nodeList());
		Collections.reverse(reversed);
		GraphFingerprint backward = new GraphFingerprint();
		for (int i = 0; i < reversed.size(); i++) {
			backward.add(new ArchivedNode(i, reversed.get(i).labels(), reversed.get(i).properties()));
		}
		List<ArchivedRelationship> relationships = new ArrayList<>(graph.relationshipList());
		Collections.reverse(relationships);
		relationships.forEach(r -> backward.add(new ArchivedRelationship(2 - r.start(), 2 - r.end(), r.type(), r.properties())));
		assertThat(backward.content()).isEqualTo(forward.content());

		// The member's contact moved to the network: same counts, another graph.
		GraphFingerprint moved = new GraphFingerprint();
		graph.nodes(moved::add);
		moved.add(graph.relationshipList().get(0));
		moved.add(new ArchivedRelationship(0, 2, "HAS_CONTACT", graph.relationshipList().get(1).properties()));
		assertThat(moved.content().graphHash()).isNotEqualTo(forward.content().graphHash());
		assertThat(moved.content().types()).isEqualTo(forward.content().types());
	}

	interface EntryChange {

		/** The new content of an entry, or null to leave it out. */
		byte[] apply(String name, byte[] bytes);

	}

	private static void copy(Path from, Path to, EntryChange change) throws IOException {
		try (ZipFile zip = new ZipFile(from.toFile()); ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				byte[] content = change.apply(entry.getName(), zip.getInputStream(entry).readAllBytes());
				if (content != null) {
					out.putNextEntry(new ZipEntry(entry.getName()));
					out.write(content);
					out.closeEntry();
				}
			}
			out.finish();
			Files.write(to, bytes.toByteArray());
		}
	}

}
