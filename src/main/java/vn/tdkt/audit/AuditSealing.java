package vn.tdkt.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

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
    /** Group sealing after commit: tickets handed out, the last ticket a finished pass covered, a pass running. */
    private final Object monitor = new Object();
    private long requested;
    private long finished;
    private boolean leading;

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
     * Called from a transaction's after-commit callback: returns once a sealing pass that began after this
     * transaction committed has finished, so the step's records are in the chain when the step returns.
     * <p>
     * Group sealing: the writers of this node that have just committed do not queue for the chain's lock one by
     * one; the first becomes the leader and seals everything committed, the others wait for that pass (or, if
     * they committed after it began, for the next one, whose leader is one of them). The leader seals on the
     * connection its committed transaction still holds (that transaction is over, so the sealing is a
     * transaction of its own) rather than taking a second connection from the pool. A failure is logged, not
     * thrown: the step has committed, and its records stay waiting for the next sealer or reader.
     */
    void sealAfterCommit() {
        long ticket;
        synchronized (monitor) {
            ticket = ++requested;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            long target;
            synchronized (monitor) {
                while (leading && finished < ticket) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        log.warn("Audit records committed but not sealed within 30 s; the next reader will seal them");
                        return;
                    }
                    try {
                        TimeUnit.NANOSECONDS.timedWait(monitor, left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (finished >= ticket) {
                    return;
                }
                leading = true;
                target = requested;
            }
            boolean sealed = false;
            try {
                sealed = sealOnOwnConnection();
            } finally {
                synchronized (monitor) {
                    leading = false;
                    if (sealed) {
                        finished = Math.max(finished, target);
                    }
                    monitor.notifyAll();
                }
            }
            if (!sealed) {
                return;
            }
        }
    }

    /** One pass; whether it succeeded (a failure is logged). */
    private boolean sealOnOwnConnection() {
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
            return true;
        } catch (SQLException | RuntimeException e) {
            log.warn("Audit records committed but not sealed yet (the next reader or the periodic sealer will): {}",
                    e.getMessage());
            return false;
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
