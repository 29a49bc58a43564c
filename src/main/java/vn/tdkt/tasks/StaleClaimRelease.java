package vn.tdkt.tasks;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives back to their group the tasks someone claimed and then left untouched for longer than a given age: a claim
 * cut off by a crash (the reviewer's request claimed the task, the node died before the answer reached the browser)
 * or a reviewer gone without unclaiming. Only claimed group tasks are released (a task with candidate groups or
 * users); a task the process assigned to one person stays with that person. "Untouched" is the engine's
 * {@code lastUpdated} of the task (set by the claim and by every later change), or its creation time. Each release is
 * its own transaction, written to the audit chain ({@link AuditKind#STALE_CLAIM_RELEASED}) besides the engine's own
 * history of the assignee change; a task completed or claimed again meanwhile is left as it is.
 */
@Component
public class StaleClaimRelease {

    private static final Logger log = LoggerFactory.getLogger(StaleClaimRelease.class);

    private final TaskService taskService;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public StaleClaimRelease(TaskService taskService, AuditTrail audit, Clock clock,
                             PlatformTransactionManager transactions) {
        this.taskService = taskService;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Releases every claimed group task untouched for longer than {@code maxAge}; returns the released tasks' ids. */
    public List<String> releaseOlderThan(Duration maxAge, String releasedBy) {
        Instant cutoff = clock.instant().minus(maxAge);
        Map<String, Task> claimed = new LinkedHashMap<>();
        // a candidate query leaves assigned tasks out unless told to include them
        taskService.createTaskQuery().taskAssigned().withCandidateGroups().includeAssignedTasks()
                .orderByTaskCreateTime().asc().list().forEach(task -> claimed.put(task.getId(), task));
        taskService.createTaskQuery().taskAssigned().withCandidateUsers().includeAssignedTasks()
                .orderByTaskCreateTime().asc().list().forEach(task -> claimed.putIfAbsent(task.getId(), task));
        List<String> released = new ArrayList<>();
        for (Task task : claimed.values()) {
            Instant untouchedSince = untouchedSince(task);
            if (!untouchedSince.isBefore(cutoff)) {
                continue;
            }
            try {
                Boolean done = transaction.execute(status -> release(task, untouchedSince, maxAge, releasedBy));
                if (Boolean.TRUE.equals(done)) {
                    released.add(task.getId());
                }
            } catch (ProcessEngineException e) {
                // completed, deleted or changed by its user while we looked: nothing stale any more
                log.info("Claim of task {} not released: {}", task.getId(), e.getMessage());
            }
        }
        if (!released.isEmpty()) {
            log.info("Released {} claims untouched for more than {}", released.size(), maxAge);
        }
        return released;
    }

    private boolean release(Task seen, Instant untouchedSince, Duration maxAge, String releasedBy) {
        Task now = taskService.createTaskQuery().taskId(seen.getId()).singleResult();
        if (now == null || now.getAssignee() == null || !now.getAssignee().equals(seen.getAssignee())
                || !untouchedSince(now).equals(untouchedSince)) {
            return false;
        }
        taskService.setAssignee(now.getId(), null);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taskId", now.getId());
        details.put("taskName", now.getName());
        details.put("assignee", now.getAssignee());
        details.put("untouchedSince", untouchedSince.toString());
        details.put("maxAge", maxAge.toString());
        audit.record(AuditRecord.domain(AuditKind.STALE_CLAIM_RELEASED, clock.instant(), null,
                now.getProcessInstanceId(), releasedBy, now.getName(), details));
        return true;
    }

    private static Instant untouchedSince(Task task) {
        Date last = task.getLastUpdated() != null ? task.getLastUpdated() : task.getCreateTime();
        return last.toInstant();
    }
}
