package nl.mijnstad.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The synthetic city loaded under the {@code demo} profile.
 *
 * @param scale city (about 150 networks, 3,000 people, 80 gatherings), province or nation
 * @param seed the seed of the generator: the same seed gives the same city
 * @param password the password of the demo accounts (holder, connector, policymaker, paneladmin); demo only
 */
@ConfigurationProperties("mijnstad.demo")
public record DemoProperties(@DefaultValue("city") String scale, @DefaultValue("2017") long seed,
		@DefaultValue("mijnstad-demo") String password) {
}
