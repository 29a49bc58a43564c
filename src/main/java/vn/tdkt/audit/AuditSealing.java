package vn.tdkt.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * When the records waiting in {@code audit_pending} are sealed ({@link ChainSealer} does it):
 * <ul>
 *   <li>right after each writing transaction commits, by this node's sealer thread ({@link #sealAfterCommit()}
 *       wakes it; the committed step does not wait): one pass seals every transaction committed since the last,
 *       so a busy node seals many steps with the statements of one;</li>
 *   <li>before every read of the chain ({@link AuditLedger}, {@link AuditSearch}), so a reader is never behind a
 *       committed step, whichever node wrote it;</li>
 *   <li>every {@code tdkt.audit.seal-interval} (10 s) where scheduling is on, for records whose pass failed (a lost
 *       connection) and nobody has read the chain since; and once more when the node shuts down.</li>
 * </ul>
 * A step's records are durable when it commits (they are in {@code audit_pending}, in its own transaction); only their
 * place in the chain is given a moment later.
 */
@Component
class AuditSealing implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditSealing.class);

    private final DataSource dataSource;
    /** A commit since the sealer last began a pass; guarded by {@link #monitor}. */
    private final Object monitor = new Object();
    private boolean requested;
    private volatile boolean running;
    private Thread sealer;

    AuditSealing(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Seals everything committed and waiting, on a connection of its own; returns the records sealed. */
    int sealWaiting() {
        return seal(true);
    }

    /**
     * @param lookFirst whether to look for waiting records before taking the chain's lock (readers: usually nothing
     *                  waits); the sealer, woken by a commit, goes straight to the sealing
     */
    private int seal(boolean lookFirst) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            try {
                if (lookFirst && !ChainSealer.waiting(connection)) {
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
     * Called from a transaction's after-commit callback: wakes this node's sealer and returns at once. While the
     * node is not running (starting, stopping) the caller seals itself. A failure is logged, not thrown: the step
     * has committed, and its records stay waiting for the next pass or reader.
     */
    void sealAfterCommit() {
        if (!running) {
            sealQuietly();
            return;
        }
        synchronized (monitor) {
            requested = true;
            monitor.notifyAll();
        }
    }

    /** The sealer thread: one pass for every commit, or group of commits, since the last. */
    private void sealAsRequested() {
        while (running) {
            synchronized (monitor) {
                while (!requested && running) {
                    try {
                        monitor.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                requested = false;
            }
            sealQuietly();
        }
    }

    private void sealQuietly() {
        try {
            seal(false);
        } catch (RuntimeException e) {
            log.warn("Audit records committed but not sealed yet (the next pass or reader will): {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        running = true;
        sealer = new Thread(this::sealAsRequested, "audit-sealer");
        sealer.setDaemon(true);
        sealer.start();
    }

    @Override
    public void stop() {
        synchronized (monitor) {
            running = false;
            monitor.notifyAll();
        }
        try {
            sealer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // what the last commits left, while the pool is still open
        sealQuietly();
    }

    @Override
    public boolean isRunning() {
        return running;
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
