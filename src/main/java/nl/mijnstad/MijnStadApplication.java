package nl.mijnstad;

import nl.mijnstad.backup.BackupCommands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Mijn Stad service: one Spring Boot application, a module per feature below this package. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MijnStadApplication {

	public static void main(String[] args) {
		if (BackupCommands.handles(args)) {
			System.exit(BackupCommands.run(args));
		}
		SpringApplication.run(MijnStadApplication.class, args);
	}

}
