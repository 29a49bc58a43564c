package vn.tdkt.workflow;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;


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
 *   {@value #GONE}.</li>
 * </ul>
 */
public final class TaskRaceAnswers {

    /** The type of the 409 answered to whoever lost a claim. */
    public static final String CLAIMED = "TaskAlreadyClaimedException";
    /** The type of the 409 answered to whoever lost another race on a task. */
    public static final String CONFLICT = "TaskConcurrentlyUpdatedException";
    /** The type of the 404 answered for a task that is no more. */
    public static final String GONE = "TaskNotFoundException";

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
                return body(Response.Status.NOT_FOUND, GONE, "Công việc này không còn: có thể người khác vừa hoàn thành"
                        + " hoặc hệ thống đã đóng nó; không có gì thay đổi. Hãy tải lại danh sách công việc.", gone);
            }
        }
        return null;
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
