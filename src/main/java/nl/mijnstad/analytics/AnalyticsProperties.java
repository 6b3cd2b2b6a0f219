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
 * @param restFactor after a refresh during which the data changed again, how many times its duration the refresher
 * rests before the next one starts (for a submission or a poll): under sustained ingest the refresher is then busy
 * at most 1 / (1 + restFactor) of the time, and the rest goes to writers and readers (a lone submission starts a
 * refresh at once)
 */
@ConfigurationProperties("mijnstad.analytics")
public record AnalyticsProperties(@DefaultValue("1s") Duration pollInterval, @DefaultValue("2017") long seed,
		@DefaultValue("25") int overlapTopK, @DefaultValue("5") int k, @DefaultValue("2") double restFactor) {
}
