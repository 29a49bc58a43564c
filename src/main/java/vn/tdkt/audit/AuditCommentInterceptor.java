package vn.tdkt.audit;

import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Comment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Comments written in Tasklist are not history events, so the engine's history handlers never see them; this
 * interceptor appends each new comment to the audit chain inside the command's transaction.
 */
class AuditCommentInterceptor extends CommandInterceptor {

    private final AuditTrail trail;

    AuditCommentInterceptor(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public <T> T execute(Command<T> command) {
        T result = next.execute(command);
        if (command instanceof AddCommentCmd && result instanceof Comment comment) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("commentId", comment.getId());
            if (comment.getTaskId() != null) {
                details.put("taskId", comment.getTaskId());
            }
            details.put("message", comment.getFullMessage());
            trail.record(new AuditRecord(AuditKind.COMMENT, comment.getTime().toInstant(), comment.getProcessInstanceId(),
                    comment.getRootProcessInstanceId(),
                    AuditHistorySink.businessKey(Context.getCommandContext(), comment.getProcessInstanceId()),
                    comment.getUserId(), "Ý kiến", details));
        }
        return result;
    }
}
