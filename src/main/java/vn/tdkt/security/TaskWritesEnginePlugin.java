package vn.tdkt.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Component;
import vn.tdkt.format.TextRules;
import vn.tdkt.identity.Role;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine writes comments and attachments of a task for anyone who can name the task: Camunda checks no right on
 * them, so the auditor (who reads every task's history) could add comments to any unit's task and they entered the
 * audit timeline the auditor is meant to check. This plugin holds every such write to {@link TaskParticipants},
 * whatever the door (Tasklist, /engine-rest, the Java API), inside the command:
 * <ul>
 *   <li>a comment, an attachment added, changed or removed: the task's own people, while it is open
 *   ({@link AuthorizationException} otherwise); a comment must say something;</li>
 *   <li>a comment of a process instance (no task), and changing or deleting a comment already written (it is in
 *   the audit chain): administrators only.</li>
 * </ul>
 * Calls the application makes on its own behalf (no user, or authorization checks off) are not concerned. Over HTTP
 * {@link TaskWritesFilter} gives the same answer first, as 403 with the message.
 */
@Component
public class TaskWritesEnginePlugin extends AbstractProcessEnginePlugin {

    private static final Field COMMENT_TASK = field(AddCommentCmd.class, "taskId");
    private static final Field COMMENT_INSTANCE = field(AddCommentCmd.class, "processInstanceId");
    private static final Field COMMENT_MESSAGE = field(AddCommentCmd.class, "message");
    private static final Field ATTACHMENT_TASK = field(CreateAttachmentCmd.class, "taskId");
    private static final Field DELETE_ATTACHMENT_ID = field(DeleteAttachmentCmd.class, "attachmentId");
    private static final Field DELETE_ATTACHMENT_TASK = field(DeleteAttachmentCmd.class, "taskId");
    private static final Field SAVED_ATTACHMENT = field(SaveAttachmentCmd.class, "attachment");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> post = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            post.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        post.add(new Guard());
        configuration.setCustomPostCommandInterceptorsTxRequired(post);
    }

    static final class Guard extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            if (context != null && context.isAuthorizationCheckEnabled() && context.getAuthenticatedUserId() != null) {
                check(context, command);
            }
            return next.execute(command);
        }

        private static void check(CommandContext context, Command<?> command) {
            if (command instanceof AddCommentCmd) {
                String taskId = (String) read(COMMENT_TASK, command);
                String message = (String) read(COMMENT_MESSAGE, command);
                if (message == null || TextRules.visiblyEmpty(message)) {
                    throw new BadUserRequestException("Ý kiến trống: hãy ghi nội dung ý kiến.");
                }
                if (taskId == null) {
                    adminOnly(context, "ghi ý kiến cho cả phiên chạy quy trình (không gắn với nhiệm vụ)");
                    return;
                }
                participant(context, taskId, "ghi ý kiến");
            } else if (command instanceof CreateAttachmentCmd) {
                String taskId = (String) read(ATTACHMENT_TASK, command);
                if (taskId == null) {
                    adminOnly(context, "đính kèm tệp cho cả phiên chạy quy trình");
                    return;
                }
                participant(context, taskId, "đính kèm tệp");
            } else if (command instanceof DeleteAttachmentCmd) {
                String taskId = (String) read(DELETE_ATTACHMENT_TASK, command);
                if (taskId == null) {
                    String id = (String) read(DELETE_ATTACHMENT_ID, command);
                    AttachmentEntity attachment = id == null ? null
                            : context.getDbEntityManager().selectById(AttachmentEntity.class, id);
                    taskId = attachment == null ? null : attachment.getTaskId();
                }
                if (taskId == null) {
                    adminOnly(context, "xóa tệp đính kèm của phiên chạy quy trình");
                    return;
                }
                participant(context, taskId, "xóa tệp đính kèm");
            } else if (command instanceof SaveAttachmentCmd) {
                Attachment attachment = (Attachment) read(SAVED_ATTACHMENT, command);
                String taskId = attachment == null ? null : attachment.getTaskId();
                if (taskId == null) {
                    adminOnly(context, "sửa tệp đính kèm của phiên chạy quy trình");
                    return;
                }
                participant(context, taskId, "sửa tệp đính kèm");
            } else if (command instanceof UpdateCommentCmd || command instanceof DeleteTaskCommentCmd
                    || command instanceof DeleteProcessInstanceCommentCmd) {
                adminOnly(context, "sửa hoặc xóa ý kiến đã ghi (ý kiến đã vào nhật ký kiểm tra)");
            }
        }

        private static void participant(CommandContext context, String taskId, String what) {
            TaskParticipants.Verdict verdict = TaskParticipants.of(context, taskId, context.getAuthenticatedUserId(),
                    groups(context));
            if (verdict != TaskParticipants.Verdict.PARTICIPANT) {
                throw new AuthorizationException(verdict.message(taskId, what));
            }
        }

        private static void adminOnly(CommandContext context, String what) {
            if (!groups(context).contains(Role.ADMIN.groupId())) {
                throw new AuthorizationException("Chỉ quản trị hệ thống được " + what + ".");
            }
        }

        private static List<String> groups(CommandContext context) {
            Authentication authentication = context.getAuthentication();
            List<String> groups = authentication == null ? null : authentication.getGroupIds();
            if (groups != null) {
                return groups;
            }
            String userId = context.getAuthenticatedUserId();
            return context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().createGroupQuery()
                    .groupMember(userId).list().stream().map(g -> g.getId()).toList());
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda changed " + type.getName() + ": no field '" + name
                    + "'; the task-writes guard must be adapted", e);
        }
    }

    private static Object read(Field f, Object target) {
        try {
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
