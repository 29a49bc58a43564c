package vn.tdkt.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A task's creation holds the task as its create listeners finished it, in the same step. */
class TaskCreationFoldTest {

    private static final Instant CREATED = Instant.parse("2026-12-06T02:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-12-06T02:00:00.004Z");

    @Test
    void theListenersUpdateBecomesTheCreation() {
        List<AuditRecord> records = new ArrayList<>();
        TaskCreationFold.add(records, task(AuditKind.TASK_CREATED, CREATED, "canbo.stp", "Tiếp nhận hồ sơ",
                "taskId", "t1", "priority", 50));
        TaskCreationFold.add(records, link("t1"));
        TaskCreationFold.add(records, task(AuditKind.TASK_UPDATED, UPDATED, "canbo.stp",
                "Tiếp nhận hồ sơ: Trần Văn An – Sở Tư pháp", "taskId", "t1", "priority", 70, "dueDate",
                "2027-01-04T10:00:00Z", "change", "update"));

        assertThat(records).hasSize(2);
        AuditRecord created = records.get(0);
        assertThat(created.kind()).isEqualTo(AuditKind.TASK_CREATED);
        assertThat(created.occurredAt()).isEqualTo(CREATED);
        assertThat(created.subject()).isEqualTo("Tiếp nhận hồ sơ: Trần Văn An – Sở Tư pháp");
        assertThat(created.details()).containsEntry("priority", 70).containsEntry("dueDate", "2027-01-04T10:00:00Z")
                .doesNotContainKey("change");
        assertThat(records.get(1).kind()).isEqualTo(AuditKind.IDENTITY_LINK_ADDED);
    }

    @Test
    void anUpdateByAUserOrOfWhoHoldsTheTaskOrAfterAnOperationStaysItsOwnRecord() {
        assertThat(afterCreation(task(AuditKind.TASK_UPDATED, UPDATED, "tiepnhan", "Tiếp nhận hồ sơ",
                "taskId", "t1", "change", "update"))).hasSize(2);
        assertThat(afterCreation(task(AuditKind.TASK_UPDATED, UPDATED, "canbo.stp", "Tiếp nhận hồ sơ",
                "taskId", "t1", "assignee", "tiepnhan", "change", "update"))).hasSize(2);
        assertThat(afterCreation(task(AuditKind.TASK_UPDATED, UPDATED, "canbo.stp", "Tiếp nhận hồ sơ",
                "taskId", "t2", "change", "update"))).hasSize(2);
        assertThat(afterCreation(task(AuditKind.TASK_UPDATED, UPDATED, "canbo.stp", "Tiếp nhận hồ sơ",
                "taskId", "t1", "change", "assignment"))).hasSize(2);

        List<AuditRecord> records = afterCreation(task(AuditKind.USER_OPERATION, UPDATED, "canbo.stp",
                "SetPriority Task", "taskId", "t1"));
        TaskCreationFold.add(records, task(AuditKind.TASK_UPDATED, UPDATED, "canbo.stp", "Tiếp nhận hồ sơ",
                "taskId", "t1", "priority", 90, "change", "update"));
        assertThat(records).extracting(AuditRecord::kind).containsExactly(AuditKind.TASK_CREATED,
                AuditKind.USER_OPERATION, AuditKind.TASK_UPDATED);
    }

    private static List<AuditRecord> afterCreation(AuditRecord next) {
        List<AuditRecord> records = new ArrayList<>();
        TaskCreationFold.add(records, task(AuditKind.TASK_CREATED, CREATED, "canbo.stp", "Tiếp nhận hồ sơ",
                "taskId", "t1"));
        TaskCreationFold.add(records, next);
        return records;
    }

    private static AuditRecord link(String taskId) {
        return task(AuditKind.IDENTITY_LINK_ADDED, CREATED, "canbo.stp", "nhóm sa-receiver (candidate)", "taskId",
                taskId, "type", "candidate", "groupId", "sa-receiver");
    }

    private static AuditRecord task(AuditKind kind, Instant at, String actor, String subject, Object... keyValues) {
        Map<String, Object> d = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            d.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new AuditRecord(kind, at, "pi-1", null, "DNKT-2026-00001", actor, subject, d);
    }
}
