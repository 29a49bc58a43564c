package vn.tdkt.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Lets several nodes start at the same time on one PostgreSQL database, the empty one of a first installation
 * included. Camunda's {@code databaseSchemaUpdate=true} checks for its tables and creates them without a lock, so
 * two nodes starting together both try to create them and one fails; the application's own start-up work after the
 * engine (the models' deployment, groups, authorizations and filters, the first administrator, the demo province)
 * would race the same way.
 *
 * <p>On PostgreSQL this plugin takes a session advisory lock ({@code pg_advisory_lock}) on a connection of its own
 * before the project's Flyway migrations ({@link ClusterStartupMigrations}; at the latest before the engine is
 * configured, {@link #preInit}) and keeps it until the application is ready (every
 * {@code ApplicationRunner} done), so a second node waits, then finds the tables, the deployment and the
 * groups in place and only checks them. The lock is the session's: if the node holding it dies, PostgreSQL releases
 * it with the connection. Other databases (H2 of one node) take no lock. A node waits at most
 * {@code tdkt.cluster.startup-lock-wait} (default 15 minutes), then refuses to start with a message that names the
 * lock.
 */
@Component
public class ClusterStartupLock extends AbstractProcessEnginePlugin
        implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    /** The advisory lock's key: any fixed number that nothing else on the database uses ("TDKTSTRT" in ASCII). */
    public static final long LOCK_KEY = 0x54444B5453545254L;

    private static final Logger log = LoggerFactory.getLogger(ClusterStartupLock.class);
    private static final long POLL_MILLIS = 500;
    private static final long LOG_EVERY_MILLIS = 10_000;

    private final DataSource dataSource;
    private final Duration maxWait;
    private Connection held;

    public ClusterStartupLock(DataSource dataSource,
                              @Value("${tdkt.cluster.startup-lock-wait:15m}") Duration maxWait) {
        this.dataSource = dataSource;
        this.maxWait = maxWait;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        acquire();
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        release();
    }

    @Override
    public void destroy() {
        release();
    }

    /**
     * Takes the lock (waiting for another node) unless this node holds it already; nothing on other databases. Called
     * on the start-up thread (before Flyway, then before the engine), never concurrently.
     */
    public void acquire() {
        synchronized (this) {
            if (held != null) {
                return;
            }
        }
        Connection locked = waitForLock();
        if (locked == null) {
            return;
        }
        synchronized (this) {
            held = locked;
        }
        log.info("Start-up lock taken: this node creates or checks the schema, models and groups alone");
    }

    /** A connection holding the advisory lock, or null when the database is not PostgreSQL. */
    private Connection waitForLock() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!"PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
                return null;
            }
            connection.setAutoCommit(true);
            long deadline = System.currentTimeMillis() + maxWait.toMillis();
            long nextLog = System.currentTimeMillis();
            while (!tryLock(connection)) {
                long now = System.currentTimeMillis();
                if (now >= deadline) {
                    throw new IllegalStateException("Another node has held the start-up lock (PostgreSQL advisory lock "
                            + LOCK_KEY + ") for more than " + maxWait + " (tdkt.cluster.startup-lock-wait): is a node"
                            + " stuck while starting? Its session in pg_stat_activity holds the lock.");
                }
                if (now >= nextLog) {
                    log.info("Another node is starting on the same database: waiting for it to finish"
                            + " (advisory lock {})", LOCK_KEY);
                    nextLog = now + LOG_EVERY_MILLIS;
                }
                Thread.sleep(POLL_MILLIS);
            }
            Connection locked = connection;
            connection = null;
            return locked;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the start-up lock on the database: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the start-up lock", e);
        } finally {
            closeQuietly(connection);
        }
    }

    /** Releases the lock if this node holds it: when the application is ready, or when its context closes. */
    void release() {
        Connection connection;
        synchronized (this) {
            connection = held;
            held = null;
        }
        if (connection == null) {
            return;
        }
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, LOCK_KEY);
            unlock.execute();
            log.info("Start-up lock released");
        } catch (SQLException e) {
            // the pool would keep the session, and the lock with it: end the session instead
            log.warn("Start-up lock not released ({}); ending its database session", e.getMessage());
            try {
                connection.abort(Runnable::run);
            } catch (SQLException abortFailed) {
                log.warn("Ending the start-up lock's session failed: {}", abortFailed.getMessage());
            }
        } finally {
            closeQuietly(connection);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing the start-up lock's connection: {}", e.getMessage());
        }
    }
}
