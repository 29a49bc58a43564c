package vn.tdkt.security;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.tdkt.identity.Role;

import java.util.Collection;

/**
 * Who may write on a task — a comment (which enters the audit timeline), an attachment: its own people, while it is
 * open. That is its assignee, its owner, a candidate user, or a member of a candidate group; and administrators.
 * Seeing a task (the auditor and the standing agency's head see every task's history) gives no right to write on it.
 */
public final class TaskParticipants {

    /** What a user may do on a task. */
    public enum Verdict {
        PARTICIPANT, NOT_FOUND, FINISHED, NOT_PARTICIPANT;

        public String message(String taskId, String what) {
            return switch (this) {
                case PARTICIPANT -> null;
                case NOT_FOUND -> "Không có nhiệm vụ '" + taskId + "'.";
                case FINISHED -> "Nhiệm vụ '" + taskId + "' đã kết thúc: không " + what + " được nữa.";
                case NOT_PARTICIPANT -> "Chỉ người đang xử lý nhiệm vụ, người hoặc nhóm được giao nhiệm vụ mới được "
                        + what + "; vai trò xem, kiểm tra không " + what + ".";
            };
        }
    }

    private TaskParticipants() { }

    /** Inside a command (authorization checks are the caller's: the task is read without them). */
    public static Verdict of(CommandContext context, String taskId, String userId, Collection<String> groupIds) {
        if (taskId == null || taskId.isBlank()) {
            return Verdict.NOT_FOUND;
        }
        boolean admin = groupIds != null && groupIds.contains(Role.ADMIN.groupId());
        return context.runWithoutAuthorization(() -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null) {
                boolean existed = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId) != null;
                return existed ? Verdict.FINISHED : Verdict.NOT_FOUND;
            }
            if (admin) {
                return Verdict.PARTICIPANT;
            }
            if (userId == null) {
                return Verdict.NOT_PARTICIPANT;
            }
            if (userId.equals(task.getAssignee()) || userId.equals(task.getOwner())) {
                return Verdict.PARTICIPANT;
            }
            for (IdentityLinkEntity link : task.getIdentityLinks()) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                if (userId.equals(link.getUserId())
                        || (link.getGroupId() != null && groupIds != null && groupIds.contains(link.getGroupId()))) {
                    return Verdict.PARTICIPANT;
                }
            }
            return Verdict.NOT_PARTICIPANT;
        });
    }
}
