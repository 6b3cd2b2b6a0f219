package nl.mijnstad.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.List;

import nl.mijnstad.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The migrations from cypher/migrations are applied once, recorded with checksums, and guarded. */
class MigrationsIT extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@Test
	void everyMigrationIsRecordedWithItsChecksum() {
		List<Migration> files = Migrations.load();

		assertThat(files).extracting(Migration::version).startsWith(1, 2);
		for (Migration file : files) {
			assertThat(count("MATCH (m:MijnStadMigration {version: $v, checksum: $c}) RETURN count(m)", "v",
					file.version(), "c", file.checksum())).as(file.file()).isOne();
		}
		assertThat(count("SHOW CONSTRAINTS YIELD name WHERE name IN ['network_id', 'gathering_id', 'value_key', "
				+ "'spearhead_key', 'person_id', 'district_code', 'submission_key'] RETURN count(*)")).isEqualTo(7);
	}

	@Test
	void applyingAgainChangesNothing() {
		long[] before = graphSize();

		new Migrations(this.driver).apply(Migrations.load());

		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void anAppliedFileThatChangedStopsTheStart() {
		List<Migration> files = new ArrayList<>(Migrations.load());
		Migration first = files.get(0);
		files.set(0, Migration.parse(first.file(), "// edited after release\nRETURN 1;"));

		assertThatIllegalStateException().isThrownBy(() -> new Migrations(this.driver).apply(files))
			.withMessageContaining(first.file())
			.withMessageContaining("was changed after it was applied");
	}

	@Test
	void withAnExternalDatabaseNothingEmbeddedStarts() {
		assertThat(this.context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
		assertThat(count("RETURN 1")).isOne();
	}

}
