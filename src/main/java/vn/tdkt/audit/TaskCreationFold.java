package vn.tdkt.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adds a record to the records of one transaction, folding into a task's creation the update that the task's own
 * create listeners make in the same step (its readable name, description, priority and due date: the engine
 * records the task first as the model names it, then as the listeners finished it). The creation then holds the
 * task as the users met it, and the chain one record less per task. An update that changes who holds the task
 * (assignee, owner), one made by another user, or one after a user's operation on the task stays a record of its
 * own.
 */
final class TaskCreationFold {

    private TaskCreationFold() {
    }

    static void add(List<AuditRecord> records, AuditRecord next) {
        if (next.kind() == AuditKind.TASK_UPDATED && "update".equals(next.details().get("change"))) {
            Object taskId = next.details().get("taskId");
            for (int i = records.size() - 1; i >= 0 && taskId != null; i--) {
                AuditRecord earlier = records.get(i);
                if (!Objects.equals(earlier.details().get("taskId"), taskId)) {
                    continue;
                }
                if (earlier.kind() == AuditKind.TASK_CREATED && foldable(earlier, next)) {
                    Map<String, Object> details = new LinkedHashMap<>(next.details());
                    details.remove("change");
                    records.set(i, new AuditRecord(AuditKind.TASK_CREATED, earlier.occurredAt(),
                            earlier.processInstanceId(), earlier.rootProcessInstanceId(),
                            next.businessKey() != null ? next.businessKey() : earlier.businessKey(), earlier.actor(),
                            next.subject(), details));
                    return;
                }
                // anything else about the task in between (a user's operation, another update) keeps the order
                if (earlier.kind() != AuditKind.IDENTITY_LINK_ADDED) {
                    break;
                }
            }
        }
        records.add(next);
    }

    private static boolean foldable(AuditRecord created, AuditRecord update) {
        return Objects.equals(created.actor(), update.actor())
                && Objects.equals(created.processInstanceId(), update.processInstanceId())
                && Objects.equals(created.details().get("assignee"), update.details().get("assignee"))
                && Objects.equals(created.details().get("owner"), update.details().get("owner"));
    }
}
