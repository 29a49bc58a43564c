package vn.tdkt.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.support.IntegrationTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's extra indexes ({@link EngineTableIndexes}) exist once the application has started, the engine's
 * subtask lookup and the task lists' authorization probe use them on PostgreSQL (sequential scans switched off for
 * the check, so only an index can serve it), creating them again changes nothing, and a task with subtasks still
 * completes as before.
 */
@IntegrationTest
class EngineTableIndexesTest {

    static final String SUBTASKS = "select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'";

    /** The authorization probe of a reviewer's task list for one candidate task, as Camunda's join runs it. */
    static final String TASK_AUTHORIZATIONS = "select A.ID_ from ACT_RU_AUTHORIZATION A"
            + " where A.RESOURCE_ID_ in ('a-task-id', 'commendation-proposal', '*') and A.TYPE_ < 2"
            + " and (A.USER_ID_ in ('bench.tiepnhan01', '*') or A.GROUP_ID_ in ('sa-receiver'))"
            + " and (A.RESOURCE_TYPE_ = 7 and A.PERMS_ & 2 = 2 or A.RESOURCE_TYPE_ = 6 and A.PERMS_ & 64 = 64)";

    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;
    @Autowired EngineTableIndexes indexes;
    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;

    @Test
    void theSubtaskLookupHasItsIndex() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (!postgres()) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE"
                    + " UPPER(INDEX_NAME) = 'TDKT_IDX_TASK_PARENT'", Integer.class)).isEqualTo(1);
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL enable_seqscan = off");
            List<String> plan = jdbc.queryForList("EXPLAIN " + SUBTASKS, String.class);
            assertThat(String.join("\n", plan).toLowerCase()).contains("tdkt_idx_task_parent");
            status.setRollbackOnly();
        });
    }

    @Test
    void theTaskListsAuthorizationProbeReadsOnlyTaskAndDefinitionRows() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (!postgres()) {
            // H2 has no partial index: nothing is created there, and nothing fails
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE"
                    + " UPPER(INDEX_NAME) = 'TDKT_IDX_AUTH_TASK_RESOURCE'", Integer.class)).isZero();
            return;
        }
        String definition = jdbc.queryForObject("SELECT indexdef FROM pg_indexes"
                + " WHERE indexname = 'tdkt_idx_auth_task_resource'", String.class);
        assertThat(definition.toLowerCase()).contains("(resource_id_)").contains("resource_type_")
                .contains("6").contains("7");
        transactions.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL enable_seqscan = off");
            List<String> plan = jdbc.queryForList("EXPLAIN " + TASK_AUTHORIZATIONS, String.class);
            assertThat(String.join("\n", plan).toLowerCase()).contains("tdkt_idx_auth_task_resource");
            status.setRollbackOnly();
        });
    }

    @Test
    void creatingThemAgainChangesNothing() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        int before = indexCount(jdbc);
        indexes.postProcessEngineBuild(engine);
        assertThat(indexCount(jdbc)).isEqualTo(before);
    }

    @Test
    void aTaskWithSubtasksCompletesAndTakesThemAlong() {
        Task parent = tasks.newTask();
        parent.setName("Việc cha");
        tasks.saveTask(parent);
        Task child = tasks.newTask();
        child.setName("Việc con");
        child.setParentTaskId(parent.getId());
        tasks.saveTask(child);
        assertThat(tasks.getSubTasks(parent.getId())).extracting(Task::getId).containsExactly(child.getId());

        tasks.complete(parent.getId());

        assertThat(tasks.createTaskQuery().taskId(parent.getId()).count()).isZero();
        assertThat(tasks.createTaskQuery().taskId(child.getId()).count()).isZero();
    }

    private int indexCount(JdbcTemplate jdbc) {
        return postgres()
                ? jdbc.queryForObject("SELECT COUNT(*) FROM pg_indexes WHERE LOWER(tablename) IN"
                        + " ('act_ru_task', 'act_ru_authorization')", Integer.class)
                : jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE"
                        + " UPPER(TABLE_NAME) IN ('ACT_RU_TASK', 'ACT_RU_AUTHORIZATION')", Integer.class);
    }

    private boolean postgres() {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
