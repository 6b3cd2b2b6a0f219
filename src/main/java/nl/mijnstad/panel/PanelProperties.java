package nl.mijnstad.panel;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The citizens' panel's policy: how often anyone may be asked, how small a group may be shown, and where the
 * residents' links point.
 *
 * @param maxInvitations the most invitations one person receives in any {@code window}
 * @param window the period over which {@code maxInvitations} is counted, e.g. {@code 90d}
 * @param minGap the least time between two invitations to the same person, e.g. {@code 14d}
 * @param k the smallest group shown in results; smaller groups are suppressed
 * @param baseUrl the public address of this service, for the links in invitations (no trailing slash)
 * @param mailFrom the sender of invitations
 * @param maximinRounds the most column-generation rounds of maximin selection per preview or send
 * @param legacyRuns how many seeded draws estimate the legacy method's selection probabilities
 */
@ConfigurationProperties("mijnstad.panel")
public record PanelProperties(@DefaultValue("2") int maxInvitations, @DefaultValue("90d") Duration window,
		@DefaultValue("14d") Duration minGap, @DefaultValue("5") int k,
		@DefaultValue("http://localhost:8080") URI baseUrl,
		@DefaultValue("burgerpanel@mijnstad.nl") String mailFrom, @DefaultValue("2000") int maximinRounds,
		@DefaultValue("500") int legacyRuns) {

	public PanelProperties {
		if (maxInvitations < 1 || k < 1 || maximinRounds < 1 || legacyRuns < 1) {
			throw new IllegalArgumentException(
					"mijnstad.panel.max-invitations, k, maximin-rounds and legacy-runs must be at least 1");
		}
		if (window.isNegative() || minGap.isNegative()) {
			throw new IllegalArgumentException("mijnstad.panel.window and min-gap must not be negative");
		}
	}

	/** The base URL without a trailing slash. */
	String base() {
		String base = this.baseUrl.toString();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

}
