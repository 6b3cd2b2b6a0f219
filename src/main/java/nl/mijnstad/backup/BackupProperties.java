package nl.mijnstad.backup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a backup may hold writes back.
 *
 * @param maxPause the longest a backup keeps commits waiting while it reads the graph; a backup that needs
 * longer gives up (answering 503) rather than keep clients waiting, and writes go on
 */
@ConfigurationProperties("mijnstad.backup")
public record BackupProperties(@DefaultValue("60s") Duration maxPause) {
}
