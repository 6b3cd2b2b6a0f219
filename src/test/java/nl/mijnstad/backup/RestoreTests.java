package nl.mijnstad.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a restore refuses before it touches anything, and how the commands read their arguments. */
class RestoreTests {

	@TempDir
	Path folder;

	@Test
	void aRestoreGoesOnlyIntoAnEmptyOrNewFolder() throws IOException {
		assertThatNoException().isThrownBy(() -> Restore.refuseNonEmpty(this.folder.resolve("new")));
		assertThatNoException().isThrownBy(() -> Restore.refuseNonEmpty(this.folder));
		Files.writeString(this.folder.resolve("neo4j-password"), "x");
		assertThatThrownBy(() -> Restore.refuseNonEmpty(this.folder))
			.isInstanceOf(Restore.RestoreRefusedException.class)
			.hasMessageContaining("is not empty");
		assertThatThrownBy(() -> Restore.refuseNonEmpty(this.folder.resolve("neo4j-password")))
			.hasMessageContaining("is a file");
	}

	@Test
	void aBackupOfANewerOrAlteredVersionIsRefused() {
		var known = new TreeMap<>(Map.of(1, "a", 2, "b", 3, "c"));
		assertThatNoException().isThrownBy(() -> Restore.checkMigrations(new TreeMap<>(Map.of(1, "a", 2, "b")), known));
		assertThatThrownBy(() -> Restore.checkMigrations(new TreeMap<>(Map.of(1, "a", 4, "d")), known))
			.hasMessageContaining("newer version");
		assertThatThrownBy(() -> Restore.checkMigrations(new TreeMap<>(Map.of(1, "a", 2, "x")), known))
			.hasMessageContaining("Migration 2");
	}

	@Test
	void theJarRunsACommandOnlyWhenItsFirstArgumentNamesOne() {
		assertThat(BackupCommands.handles(new String[] { "backup", "--to", "x.zip" })).isTrue();
		assertThat(BackupCommands.handles(new String[] { "restore" })).isTrue();
		assertThat(BackupCommands.handles(new String[] { "--server.port=8080" })).isFalse();
		assertThat(BackupCommands.handles(new String[0])).isFalse();
		assertThat(BackupCommands.options(List.of("--from", "a.zip", "--data-dir", "d")))
			.isEqualTo(Map.of("from", "a.zip", "data-dir", "d"));
		assertThatThrownBy(() -> BackupCommands.options(List.of("--from"))).hasMessageContaining("--from");
		assertThat(BackupCommands.run(new String[] { "restore", "--from", "a.zip" })).isEqualTo(2);
	}

}
