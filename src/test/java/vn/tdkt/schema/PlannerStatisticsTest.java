package vn.tdkt.schema;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.support.IntegrationTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner statistics the application keeps when PostgreSQL's autovacuum is off ({@link PlannerStatistics}): a
 * table filled since its last analyse is analysed, one barely changed is left alone, and on H2 nothing is done.
 */
@IntegrationTest
class PlannerStatisticsTest {

    @Autowired DataSource dataSource;
    @Autowired PlannerStatistics statistics;

    @Test
    void aFilledTableIsAnalysedAndAnUnchangedOneIsLeft() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (!isPostgres()) {
            assertThat(statistics.analyseStale()).isEmpty();
            assertThat(statistics.refreshIfAutovacuumIsOff()).isEmpty();
            return;
        }
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String filled = "stats_probe_filled_" + suffix;
        String quiet = "stats_probe_quiet_" + suffix;
        jdbc.execute("CREATE TABLE " + filled + " (id INT PRIMARY KEY, flag BOOLEAN)");
        jdbc.execute("CREATE TABLE " + quiet + " (id INT PRIMARY KEY, flag BOOLEAN)");
        try {
            jdbc.update("INSERT INTO " + quiet + " SELECT g, g % 2 = 0 FROM generate_series(1, 1000) g");
            // counted before the analyse, or the count arriving after it would make the table stale again
            waitForCounters(jdbc, quiet, 1000);
            jdbc.execute("ANALYZE " + quiet);
            jdbc.update("UPDATE " + quiet + " SET flag = NOT flag WHERE id <= 20");
            jdbc.update("INSERT INTO " + filled + " SELECT g, g % 2 = 0 FROM generate_series(1, 5000) g");
            waitForCounters(jdbc, filled, 5000);
            waitForCounters(jdbc, quiet, 20);

            List<String> analysed = statistics.analyseStale();

            assertThat(analysed).as("tables analysed").contains(qualified(jdbc, filled))
                    .doesNotContain(qualified(jdbc, quiet));
            assertThat(jdbc.queryForObject("SELECT reltuples FROM pg_class WHERE relname = ?", Double.class, filled))
                    .as("the planner's row count of the filled table").isEqualTo(5000.0);
            assertThat(jdbc.queryForObject("SELECT n_mod_since_analyze FROM pg_stat_user_tables WHERE relname = ?",
                    Long.class, filled)).isZero();
            List<String> again = statistics.analyseStale();
            assertThat(again).as("nothing changed since: nothing to analyse").doesNotContain(qualified(jdbc, filled));
        } finally {
            jdbc.execute("DROP TABLE " + filled);
            jdbc.execute("DROP TABLE " + quiet);
        }
    }

    @Test
    void withAutovacuumOnTheServerIsLeftToDoIt() throws Exception {
        if (!isPostgres()) {
            return;
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        boolean autovacuum = "on".equals(jdbc.queryForObject("SELECT current_setting('autovacuum')", String.class));
        String filled = "stats_probe_auto_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.execute("CREATE TABLE " + filled + " (id INT PRIMARY KEY)");
        try {
            jdbc.update("INSERT INTO " + filled + " SELECT g FROM generate_series(1, 2000) g");
            waitForCounters(jdbc, filled, 2000);

            List<String> analysed = statistics.refreshIfAutovacuumIsOff();

            if (autovacuum) {
                assertThat(analysed).as("the server's autovacuum analyses").isEmpty();
            } else {
                assertThat(analysed).as("autovacuum is off: the application analyses").contains(qualified(jdbc, filled));
            }
        } finally {
            jdbc.execute("DROP TABLE " + filled);
        }
    }

    private static String qualified(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT format('%I.%I', current_schema(), ?::text)", String.class, table);
    }

    private boolean isPostgres() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    /** The server counts a backend's changes asynchronously; wait until they are visible (at most 10 s). */
    private static void waitForCounters(JdbcTemplate jdbc, String table, long changes) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            jdbc.execute("SELECT pg_stat_clear_snapshot()");
            Long seen = jdbc.queryForObject("SELECT COALESCE(MAX(n_mod_since_analyze), 0) FROM pg_stat_user_tables"
                    + " WHERE relname = ?", Long.class, table);
            if (seen != null && seen >= changes) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not count the changes of " + table + " within 10 s");
    }
}
