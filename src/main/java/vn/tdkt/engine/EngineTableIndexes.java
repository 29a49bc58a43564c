package vn.tdkt.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Indexes the engine's own statements need and Camunda 7.24's schema lacks. They are created after the engine has
 * built or checked its tables ({@link #postProcessEngineBuild}): the project's Flyway migrations run before the
 * engine creates its schema on a new database, so they cannot touch {@code ACT_*} tables. On PostgreSQL this runs
 * under the start-up lock ({@link ClusterStartupLock}), so two nodes starting together do not both create one.
 * {@code CREATE INDEX IF NOT EXISTS} is understood by PostgreSQL and H2 alike and does nothing once the index is
 * there. A database user without the right to create indexes only gets a warning: the engine works without them,
 * more slowly.
 */
@Component
public class EngineTableIndexes extends AbstractProcessEnginePlugin {

    /** An index: its name, its table (without the engine's table prefix), its columns, and why it is needed. */
    public record EngineIndex(String name, String table, String columns, String why) { }

    /**
     * Completing or deleting any task reads its subtasks with {@code select * from ACT_RU_TASK where
     * PARENT_TASK_ID_ = ?}, which without this index reads the whole table of open tasks: 3 ms per completion in a
     * year of 5,000 proposals, a fifth of PostgreSQL's time in that year (docs/performance.md, "Subtasks").
     */
    public static final List<EngineIndex> INDEXES = List.of(
            new EngineIndex("TDKT_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_",
                    "every task completion looks up the task's subtasks"));

    private static final Logger log = LoggerFactory.getLogger(EngineTableIndexes.class);

    private final DataSource dataSource;

    public EngineTableIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        String prefix = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getDatabaseTablePrefix();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            for (EngineIndex index : INDEXES) {
                create(connection, prefix == null ? "" : prefix, index);
            }
        } catch (SQLException e) {
            log.warn("Could not open a connection to create the engine's extra indexes: {}", e.getMessage());
        }
    }

    private void create(Connection connection, String tablePrefix, EngineIndex index) {
        String sql = "CREATE INDEX IF NOT EXISTS " + index.name() + " ON " + tablePrefix + index.table() + " ("
                + index.columns() + ")";
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            log.warn("Index {} on {}({}) not created ({}); the engine works without it, more slowly: {}", index.name(),
                    index.table(), index.columns(), index.why(), e.getMessage());
        }
    }
}
