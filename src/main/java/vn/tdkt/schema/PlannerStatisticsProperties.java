package vn.tdkt.schema;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code tdkt.db.statistics}: when the application analyses its tables itself (PostgreSQL with autovacuum off).
 *
 * @param enabled         whether it checks at all
 * @param interval        how often it checks
 * @param minChangedRows  rows changed since the last analyse before a table counts as stale, on top of the fraction
 *                        (autovacuum's {@code autovacuum_analyze_threshold}, 50)
 * @param changedFraction the share of a table's rows changed since the last analyse that makes it stale (autovacuum's
 *                        {@code autovacuum_analyze_scale_factor}, 0.1)
 * @param lockTimeout     how long an analyse waits for a table another statement holds before leaving it for the next
 *                        round
 */
@ConfigurationProperties("tdkt.db.statistics")
public record PlannerStatisticsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") Duration interval,
        @DefaultValue("50") long minChangedRows,
        @DefaultValue("0.1") double changedFraction,
        @DefaultValue("2s") Duration lockTimeout) {
}
