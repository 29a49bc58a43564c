package vn.tdkt.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
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
 * more slowly. A partial index (one with a {@code where}) is created on PostgreSQL only: H2 has none, and its plans
 * differ anyway.
 */
@Component
public class EngineTableIndexes extends AbstractProcessEnginePlugin {

    /**
     * An index: its name, its table (without the engine's table prefix), its columns, the rows it holds ({@code null}:
     * all of them; otherwise a partial index, PostgreSQL only), and why it is needed.
     */
    public record EngineIndex(String name, String table, String columns, String where, String why) {

        boolean partial() {
            return where != null;
        }
    }

    /**
     * Completing or deleting any task reads its subtasks with {@code select * from ACT_RU_TASK where
     * PARENT_TASK_ID_ = ?}, which without this index reads the whole table of open tasks: 3 ms per completion in a
     * year of 5,000 proposals, a fifth of PostgreSQL's time in that year (docs/performance.md, "Subtasks").
     */
    static final EngineIndex TASK_PARENT = new EngineIndex("TDKT_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_",
            null, "every task completion looks up the task's subtasks");

    /**
     * The authorization check of every task list (Tasklist's filters, {@code GET /engine-rest/task}) joins each
     * candidate task to {@code ACT_RU_AUTHORIZATION} by {@code RESOURCE_ID_ IN (task id, process key, '*')}, keeping
     * rows of the resource types task and process definition. By Camunda's index on {@code RESOURCE_ID_} alone, the
     * {@code '*'} arm returns every authorization on {@code *} of every resource type (94 in the demo province, 22 of
     * them the administrators' alone) for each of the list's candidate tasks, to be thrown away by the filter. This
     * partial index holds the rows of those two resource types only (14 on {@code *}); PostgreSQL uses it because the
     * query's filter implies its predicate. Measured: the reviewers' list 7.2 → 4.3 ms (docs/performance-rest.md, 7).
     */
    static final EngineIndex AUTHORIZATION_OF_TASKS = new EngineIndex("TDKT_IDX_AUTH_TASK_RESOURCE",
            "ACT_RU_AUTHORIZATION", "RESOURCE_ID_", "RESOURCE_TYPE_ IN (" + Resources.PROCESS_DEFINITION.resourceType()
                    + ", " + Resources.TASK.resourceType() + ")",
            "every task list checks each candidate task's authorizations");

    public static final List<EngineIndex> INDEXES = List.of(TASK_PARENT, AUTHORIZATION_OF_TASKS);

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
            boolean postgres = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            for (EngineIndex index : INDEXES) {
                if (postgres || !index.partial()) {
                    create(connection, prefix == null ? "" : prefix, index);
                }
            }
        } catch (SQLException e) {
            log.warn("Could not open a connection to create the engine's extra indexes: {}", e.getMessage());
        }
    }

    private void create(Connection connection, String tablePrefix, EngineIndex index) {
        String sql = "CREATE INDEX IF NOT EXISTS " + index.name() + " ON " + tablePrefix + index.table() + " ("
                + index.columns() + ")" + (index.partial() ? " WHERE " + index.where() : "");
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            log.warn("Index {} on {}({}) not created ({}); the engine works without it, more slowly: {}", index.name(),
                    index.table(), index.columns(), index.why(), e.getMessage());
        }
    }
}
