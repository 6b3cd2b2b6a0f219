package nl.mijnstad;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each feature reaches another only through its public types, and no two features depend on each other. */
class ModularityTests {

	@Test
	void modulesAreHonest() {
		ApplicationModules.of(MijnStadApplication.class).verify();
	}

}
