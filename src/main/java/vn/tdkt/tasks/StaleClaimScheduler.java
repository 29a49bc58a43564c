package vn.tdkt.tasks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.tdkt.engine.ClusterLocks;

/**
 * Runs {@link StaleClaimRelease} every {@code tdkt.tasks.stale-claim.check-interval} when
 * {@code tdkt.tasks.stale-claim.enabled=true}. On several nodes of one database each node's scheduler fires, and
 * {@link ClusterLocks} lets one of them do the round; releasing a task twice is impossible anyway (the release
 * re-reads the task in its transaction and the engine's optimistic lock refuses a concurrent change).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "tdkt.tasks.stale-claim.enabled", havingValue = "true")
public class StaleClaimScheduler {

    static final String LOCK_NAME = "stale-claim-release";
    private static final Logger log = LoggerFactory.getLogger(StaleClaimScheduler.class);

    private final StaleClaimRelease release;
    private final StaleClaimProperties properties;
    private final ClusterLocks locks;

    public StaleClaimScheduler(StaleClaimRelease release, StaleClaimProperties properties, ClusterLocks locks) {
        this.release = release;
        this.properties = properties;
        this.locks = locks;
    }

    @Scheduled(initialDelayString = "${tdkt.tasks.stale-claim.check-interval:1h}",
            fixedDelayString = "${tdkt.tasks.stale-claim.check-interval:1h}")
    public void releaseStaleClaims() {
        try {
            locks.runAlone(LOCK_NAME, () -> release.releaseOlderThan(properties.maxAge(), null));
        } catch (DataAccessException e) {
            log.warn("Stale claims not released this round: {}", e.getMessage());
        }
    }
}
