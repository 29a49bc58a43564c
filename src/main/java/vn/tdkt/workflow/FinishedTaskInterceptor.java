package vn.tdkt.workflow;

import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;

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
        if (ctx.getTaskManager().findTaskById(taskId) != null) {
            return;
        }
        HistoricTaskInstanceEntity ended = ctx.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
        if (ended == null) {
            throw new InputRejectedException("Không tìm thấy công việc '" + taskId + "': đường dẫn sai hoặc công việc"
                    + " đã bị xóa. Tải lại danh sách công việc.", 404);
        }
        throw new InputRejectedException(endings.message(ctx, ended), 409);
    }
}
