package vn.tdkt.tasks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Release of claims nobody works on any more ({@code tdkt.tasks.stale-claim.*}), see {@link StaleClaimRelease}.
 *
 * @param enabled       whether the timed release runs (off by default: an administrator or the user releases)
 * @param maxAge        a claimed task untouched for longer than this goes back to its group
 * @param checkInterval how often a node looks for such claims (one node of a cluster at a time)
 */
@ConfigurationProperties(prefix = "tdkt.tasks.stale-claim")
public record StaleClaimProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("45d") Duration maxAge,
        @DefaultValue("1h") Duration checkInterval) {

    public StaleClaimProperties {
        if (maxAge.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("tdkt.tasks.stale-claim.max-age must be at least one minute");
        }
        if (checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException("tdkt.tasks.stale-claim.check-interval must be positive");
        }
    }
}
