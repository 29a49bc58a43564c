package vn.tdkt.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * When the records waiting in {@code audit_pending} are sealed ({@link ChainSealer} does it):
 * <ul>
 *   <li>right after each writing transaction commits, on the committed transaction's own connection
 *       ({@link #sealAfterCommit()}), so a step's records are in the chain when the step returns;</li>
 *   <li>before every read of the chain ({@link AuditLedger}, {@link AuditSearch}), so a reader is never behind;</li>
 *   <li>every {@code tdkt.audit.seal-interval} (10 s) where scheduling is on, for records whose sealing after
 *       commit failed (a lost connection) and nobody has read the chain since.</li>
 * </ul>
 */
@Component
class AuditSealing {

    private static final Logger log = LoggerFactory.getLogger(AuditSealing.class);

    private final DataSource dataSource;

    AuditSealing(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Seals everything committed and waiting, on a connection of its own; returns the records sealed. */
    int sealWaiting() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            try {
                if (!ChainSealer.waiting(connection)) {
                    return 0;
                }
                connection.setAutoCommit(false);
                return ChainSealer.sealAll(connection);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit chain could not be sealed: " + e.getMessage(), e);
        }
    }

    /**
     * Called from a transaction's after-commit callback: seals on the connection the committed transaction still
     * holds (its transaction is over, so the sealing is a transaction of its own) rather than taking a second
     * connection from the pool while holding the first. A failure is logged, not thrown: the step has committed,
     * and its records stay waiting for the next sealer or reader.
     */
    void sealAfterCommit() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.getAutoCommit()) {
                // not a transaction we can continue on: use one of our own
                DataSourceUtils.releaseConnection(connection, dataSource);
                connection = null;
                sealWaiting();
            } else {
                ChainSealer.sealAll(connection);
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Audit records committed but not sealed yet (the next reader or the periodic sealer will): {}",
                    e.getMessage());
        } finally {
            if (connection != null) {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    @Scheduled(fixedDelayString = "${tdkt.audit.seal-interval:PT10S}", initialDelayString = "${tdkt.audit.seal-interval:PT10S}")
    void sealPeriodically() {
        try {
            int sealed = sealWaiting();
            if (sealed > 0) {
                log.info("Sealed {} audit records left waiting", sealed);
            }
        } catch (RuntimeException e) {
            log.warn("Periodic audit sealing failed: {}", e.getMessage());
        }
    }
}
