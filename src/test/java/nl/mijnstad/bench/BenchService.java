package nl.mijnstad.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.mijnstad.IntegrationTest;
import nl.mijnstad.MijnStadApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The service, started against a benchmark database over Bolt as against an external server. */
final class BenchService {

	private BenchService() {
	}

	/**
	 * @param arguments further command-line arguments ({@code --name=value})
	 */
	static ConfigurableApplicationContext start(BenchDatabase database, Path dataDir, String[] profiles,
			String... arguments) {
		// Command-line arguments, not default properties: application.properties would win over those.
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.neo4j.uri=" + database.boltUri(),
				"--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=unused",
				"--mijnstad.security.admin-password=" + IntegrationTest.ADMIN_PASSWORD, "--mijnstad.data-dir=" + dataDir,
				"--logging.level.root=WARN", "--logging.level.nl.mijnstad=WARN"));
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(MijnStadApplication.class).profiles(profiles).run(all.toArray(String[]::new));
	}

}
