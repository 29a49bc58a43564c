package vn.tdkt.schema;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.tdkt.engine.ClusterLocks;

import java.sql.SQLException;

/**
 * Every {@code tdkt.db.statistics.interval}, one node of the cluster refreshes the planner statistics that
 * PostgreSQL's autovacuum would have refreshed, when an operator has switched it off ({@link PlannerStatistics}).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "tdkt.db.statistics.enabled", havingValue = "true", matchIfMissing = true)
public class PlannerStatisticsScheduler {

    static final String LOCK_NAME = "planner-statistics";
    private static final Logger log = LoggerFactory.getLogger(PlannerStatisticsScheduler.class);

    private final PlannerStatistics statistics;
    private final ClusterLocks locks;

    public PlannerStatisticsScheduler(PlannerStatistics statistics, ClusterLocks locks) {
        this.statistics = statistics;
        this.locks = locks;
    }

    @Scheduled(initialDelayString = "${tdkt.db.statistics.interval:1m}",
            fixedDelayString = "${tdkt.db.statistics.interval:1m}")
    public void refresh() {
        try {
            locks.runAlone(LOCK_NAME, () -> {
                try {
                    statistics.refreshIfAutovacuumIsOff();
                } catch (SQLException e) {
                    log.warn("Planner statistics not refreshed this round: {}", e.getMessage());
                }
            });
        } catch (DataAccessException e) {
            log.warn("Planner statistics not refreshed this round: {}", e.getMessage());
        }
    }
}
