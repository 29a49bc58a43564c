package vn.tdkt.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs a piece of periodic work on one node of a cluster at a time: the nodes of one PostgreSQL database each run
 * their scheduler, and the one that gets the lock does the round while the others skip it. On PostgreSQL the lock is
 * a session advisory lock ({@code pg_try_advisory_lock}) on a connection held for the round, so a node that dies
 * in the middle frees it with its connection; on other databases (H2, which only one node uses) a lock of this JVM.
 */
@Component
public class ClusterLocks {

    private static final Logger log = LoggerFactory.getLogger(ClusterLocks.class);

    private final DataSource dataSource;
    private final Map<String, ReentrantLock> local = new ConcurrentHashMap<>();

    public ClusterLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} if no node (this one included) runs work under the same name now.
     *
     * @return whether it ran; {@code false} when another node holds the lock
     * @throws DataAccessResourceFailureException when the database does not answer
     */
    public boolean runAlone(String name, Runnable work) {
        ReentrantLock jvmLock = local.computeIfAbsent(name, n -> new ReentrantLock());
        if (!jvmLock.tryLock()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
                work.run();
                return true;
            }
            long key = key(name);
            if (!advisory(connection, "SELECT pg_try_advisory_lock(?)", key)) {
                log.debug("{}: another node runs it now", name);
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                advisory(connection, "SELECT pg_advisory_unlock(?)", key);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cluster lock '" + name + "' not available: " + e.getMessage(), e);
        } finally {
            jvmLock.unlock();
        }
    }

    /** The advisory lock's key of a name: a stable 64-bit hash (FNV-1a) of its UTF-8 bytes. */
    static long key(String name) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : ("tdkt:" + name).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static boolean advisory(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
