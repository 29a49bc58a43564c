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
 * subtask lookup can use them on PostgreSQL (sequential scans switched off for the check, so only an index can serve
 * it), creating them again changes nothing, and a task with subtasks still completes as before.
 */
@IntegrationTest
class EngineTableIndexesTest {

    static final String SUBTASKS = "select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'";

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
                ? jdbc.queryForObject("SELECT COUNT(*) FROM pg_indexes WHERE LOWER(tablename) = 'act_ru_task'",
                        Integer.class)
                : jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE"
                        + " UPPER(TABLE_NAME) = 'ACT_RU_TASK'", Integer.class);
    }

    private boolean postgres() {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
