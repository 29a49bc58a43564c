package vn.tdkt.schema;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps PostgreSQL's planner statistics of the application's tables current when the server's autovacuum is off.
 *
 * <p>Without statistics the planner guesses. The engine's tables fill fast: a province's December adds hundreds of
 * thousands of variable rows in hours. With no {@code ANALYZE} since they were empty, the planner picked a plan for
 * the engine's "variables of an execution" read that scans the whole {@code task_id_ IS NULL} index: 25 ms instead of
 * 0.1 ms per read at 300,000 variables, and the simulated year ran 4.6× slower until the tables were analysed
 * (docs/performance.md, "Statistics"). Autovacuum analyses a table once 50 rows plus 10 % of it changed; when an
 * operator has switched it off, this does the same for the application's schema, table by table.
 */
@Component
public class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

    /** The tables of the current schema changed by more than autovacuum's analyse threshold since their last analyse. */
    private static final String STALE_TABLES = """
            SELECT format('%I.%I', schemaname, relname) FROM pg_stat_user_tables
            WHERE schemaname = current_schema()
              AND n_mod_since_analyze > ? + ? * GREATEST(n_live_tup, 0)
            ORDER BY n_mod_since_analyze DESC""";

    private final DataSource dataSource;
    private final PlannerStatisticsProperties properties;

    public PlannerStatistics(DataSource dataSource, PlannerStatisticsProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    /**
     * Analyses the stale tables if this is PostgreSQL and its autovacuum is off; otherwise does nothing, as the server
     * does it itself (H2 keeps no such statistics).
     *
     * @return the tables analysed
     */
    public List<String> refreshIfAutovacuumIsOff() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!isPostgres(connection) || autovacuumIsOn(connection)) {
                return List.of();
            }
            return analyseStale(connection);
        }
    }

    /** Analyses the tables whose statistics are stale, whatever autovacuum does; nothing on another database. */
    public List<String> analyseStale() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return isPostgres(connection) ? analyseStale(connection) : List.of();
        }
    }

    private List<String> analyseStale(Connection connection) throws SQLException {
        List<String> stale = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(STALE_TABLES)) {
            query.setLong(1, properties.minChangedRows());
            query.setDouble(2, properties.changedFraction());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stale.add(rows.getString(1));
                }
            }
        }
        List<String> analysed = new ArrayList<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            // a table locked by a migration or a VACUUM FULL is left for the next round rather than waited for
            statement.execute("SET lock_timeout = '" + properties.lockTimeout().toMillis() + "ms'");
            try {
                for (String table : stale) {
                    try {
                        statement.execute("ANALYZE " + table);
                        analysed.add(table);
                    } catch (SQLException e) {
                        log.debug("Statistics of {} not refreshed this round: {}", table, e.getMessage());
                    }
                }
            } finally {
                statement.execute("RESET lock_timeout");
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        if (!analysed.isEmpty()) {
            log.info("Planner statistics refreshed for {} table(s): {}", analysed.size(), analysed);
        }
        return analysed;
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    private static boolean autovacuumIsOn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery("SELECT current_setting('autovacuum')")) {
            return setting.next() && "on".equalsIgnoreCase(setting.getString(1));
        }
    }
}
