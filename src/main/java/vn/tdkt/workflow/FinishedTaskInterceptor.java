package vn.tdkt.workflow;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Completing a task that is no longer there is a user's everyday mistake (a second click, a stale Tasklist, a vote
 * after the secretary closed the box), not a server error: instead of the engine's English "Cannot find task …"
 * (a 500 over REST) the user gets a Vietnamese answer — 409 for a task that has ended, 404 for one that never was.
 * Messages for secret-ballot tasks come from {@link TaskEndings}.
 */
public class FinishedTaskInterceptor extends CommandInterceptor {

    private final TaskEndings endings;

    public FinishedTaskInterceptor(TaskEndings endings) {
        this.endings = endings;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            Object taskId = CommandFields.read(command, "taskId");
            if (taskId instanceof String id) {
                check(Context.getCommandContext(), id);
            }
        }
        return next.execute(command);
    }

    private void check(CommandContext ctx, String taskId) {
        if (lock(ctx, taskId) && ctx.getTaskManager().findTaskById(taskId) != null) {
            return;
        }
        HistoricTaskInstanceEntity ended = ctx.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
        if (ended == null) {
            throw new InputRejectedException("Không tìm thấy công việc '" + taskId + "': đường dẫn sai hoặc công việc"
                    + " đã bị xóa. Tải lại danh sách công việc.", 404);
        }
        throw new InputRejectedException(endings.message(ctx, ended), 409);
    }

    /**
     * Locks the task's row before anything of the completion runs, so that of two people completing one task at the
     * same moment the second waits for the first to commit and then finds the task ended — instead of running the
     * task's listeners and delegates against a proposal the first has already moved on. False when the row is gone.
     * A lock not granted in the database's wait time is the engine's optimistic-lock failure: the completion is tried
     * again ({@link OptimisticRetryInterceptor}).
     */
    private static boolean lock(CommandContext ctx, String taskId) {
        String prefix = ctx.getProcessEngineConfiguration().getDatabaseTablePrefix();
        String sql = "SELECT ID_ FROM " + (prefix == null ? "" : prefix) + "ACT_RU_TASK WHERE ID_ = ? FOR UPDATE";
        Connection connection = ctx.getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, taskId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new OptimisticLockingException("Task " + taskId + " is being completed by another command: "
                    + e.getMessage());
        }
    }
}
