package nl.mijnstad.analytics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the analytics are kept fresh and computed.
 *
 * @param pollInterval how often the database's change signature is checked; a committed submission shows in the
 * analytics within about this time plus one computation
 * @param seed the seed of every randomised algorithm (clustering, sampled betweenness), so results repeat
 * @param overlapTopK how many strongest overlaps are kept per network (0 keeps all pairs)
 * @param k the smallest group of people any breakdown for policymakers may show
 */
@ConfigurationProperties("mijnstad.analytics")
public record AnalyticsProperties(@DefaultValue("1s") Duration pollInterval, @DefaultValue("2017") long seed,
		@DefaultValue("25") int overlapTopK, @DefaultValue("5") int k) {
}
