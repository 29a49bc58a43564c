package vn.tdkt.workflow;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import java.util.List;


/**
 * The answers of /engine-rest when two people act on one task at once (issue 17: 50 reviewers of one group, where
 * Camunda's REST API answered 500): the one who lost the race gets a 4xx saying so in Vietnamese, with a type an API
 * client can branch on, and nothing was changed by their request.
 * <ul>
 *   <li>claiming a task someone else has claimed ({@link TaskAlreadyClaimedException}), or claimed in the same
 *   instant (the engine's optimistic lock on the task row): 409 {@value #CLAIMED};</li>
 *   <li>any other write on a task updated concurrently (still conflicting after {@link OptimisticRetryInterceptor}'s
 *   retries for completions): 409 {@value #CONFLICT};</li>
 *   <li>completing, claiming or reading a task that no longer exists because someone else just completed it: 404
 *   {@value #GONE}; also when the engine refused the request for want of an authorization on the task
 *   ({@link #answerDenied}) and the task is gone: a completion that committed between the engine reading the task
 *   and checking the caller's authorizations on it took those authorizations away with the task, and "your role may
 *   not do this" would be untrue.</li>
 * </ul>
 */
public final class TaskRaceAnswers {

    /** The type of the 409 answered to whoever lost a claim. */
    public static final String CLAIMED = "TaskAlreadyClaimedException";
    /** The type of the 409 answered to whoever lost another race on a task. */
    public static final String CONFLICT = "TaskConcurrentlyUpdatedException";
    /** The type of the 404 answered for a task that is no more. */
    public static final String GONE = "TaskNotFoundException";
    private static final String GONE_MESSAGE = "Công việc này không còn: có thể người khác vừa hoàn thành hoặc hệ thống"
            + " đã đóng nó; không có gì thay đổi. Hãy tải lại danh sách công việc.";

    private TaskRaceAnswers() { }

    /** The answer for a lost race on a task found in the exception or its causes, or null when it is not one. */
    public static Response answer(Throwable exception) {
        for (Throwable c = exception; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TaskAlreadyClaimedException claimed) {
                return body(Response.Status.CONFLICT, CLAIMED, "Công việc này đã được người khác nhận ("
                        + claimed.getTaskAssignee() + ") trước anh/chị; không có gì thay đổi. Hãy tải lại danh sách và"
                        + " chọn công việc khác.", claimed);
            }
            if (c instanceof OptimisticLockingException locked && String.valueOf(locked.getMessage())
                    .contains("TaskEntity[")) {
                boolean claim = isClaim(exception);
                return body(Response.Status.CONFLICT, claim ? CLAIMED : CONFLICT, claim
                        ? "Công việc này đã được người khác nhận cùng lúc với anh/chị; không có gì thay đổi. Hãy tải lại"
                        + " danh sách và chọn công việc khác."
                        : "Công việc này vừa được người khác cập nhật cùng lúc; không có gì thay đổi. Hãy tải lại công"
                        + " việc rồi thử lại.", locked);
            }
            if (c instanceof NullValueException gone && String.valueOf(gone.getMessage())
                    .startsWith("Cannot find task with id")) {
                return body(Response.Status.NOT_FOUND, GONE, GONE_MESSAGE, gone);
            }
        }
        return null;
    }

    /**
     * The answer for a refusal naming tasks that no longer exist (404 {@value #GONE}), or null when every task it
     * names is still there (then the refusal stands: 403). Existence is looked up without the caller's
     * authorizations, so a task the caller may not see still answers 403.
     */
    public static Response answerDenied(AuthorizationException denied) {
        List<String> taskIds = denied.getMissingAuthorizations().stream()
                .filter(m -> Resources.TASK.resourceName().equals(m.getResourceType()) && m.getResourceId() != null)
                .map(MissingAuthorization::getResourceId).distinct().toList();
        ProcessEngine engine = ProcessEngines.getProcessEngines().get(ProcessEngines.NAME_DEFAULT);
        if (taskIds.isEmpty() || engine == null) {
            return null;
        }
        boolean gone = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> taskIds.stream()
                        .anyMatch(id -> context.getDbEntityManager().selectById(TaskEntity.class, id) == null)));
        return gone ? EngineClientErrors.json(Response.Status.NOT_FOUND, GONE, GONE_MESSAGE, denied.getMessage(),
                denied.getCode()) : null;
    }

    /** Whether the failed write was a claim: the claim command is on the stack of the exception. */
    private static boolean isClaim(Throwable exception) {
        for (Throwable c = exception; c != null; c = c.getCause() == c ? null : c.getCause()) {
            for (StackTraceElement e : c.getStackTrace()) {
                if (e.getClassName().endsWith(".ClaimTaskCmd") || e.getMethodName().equals("claim")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Response body(Response.Status status, String type, String message, ProcessEngineException cause) {
        return EngineClientErrors.json(status, type, message, cause.getMessage(), cause.getCode());
    }
}
