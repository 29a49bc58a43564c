package vn.tdkt.audit;

import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns an engine history event into an audit record: what happened, to which process instance, with the details
 * an auditor needs (task candidate groups and assignee, variable values, DMN inputs and outputs, operation
 * properties). Events without audit value (successful async continuations, batches) give nothing.
 */
public final class HistoryEventAuditMapper {

    /** Longest value kept per variable or DMN clause; the full value stays in the engine's history. */
    static final int MAX_VALUE_CHARS = 4000;

    private HistoryEventAuditMapper() {
    }

    /**
     * @param actor       the authenticated user of the command, {@code null} for the system
     * @param businessKey the business key of the event's process instance when known
     * @param now         the engine's clock, for events that carry no time of their own
     */
    public static Optional<AuditRecord> map(HistoryEvent event, String actor, String businessKey, Instant now) {
        AuditRecord record = null;
        if (event instanceof HistoricProcessInstanceEventEntity p) {
            record = process(p, actor, now);
        } else if (event instanceof HistoricTaskInstanceEventEntity t) {
            record = task(t, actor, businessKey, now);
        } else if (event instanceof HistoricActivityInstanceEventEntity a) {
            record = activity(a, actor, businessKey, now);
        } else if (event instanceof HistoricVariableUpdateEventEntity v) {
            record = variable(v, actor, businessKey, now);
        } else if (event instanceof HistoricDecisionEvaluationEvent d) {
            record = decision(d, actor, businessKey, now);
        } else if (event instanceof HistoricIdentityLinkLogEventEntity l) {
            record = identityLink(l, actor, businessKey, now);
        } else if (event instanceof UserOperationLogEntryEventEntity o) {
            record = operation(o, businessKey, now);
        } else if (event instanceof HistoricIncidentEventEntity i) {
            record = incident(i, actor, businessKey, now);
        } else if (event instanceof HistoricJobLogEvent j) {
            record = job(j, actor, businessKey, now);
        }
        return Optional.ofNullable(record);
    }

    private static AuditRecord process(HistoricProcessInstanceEventEntity p, String actor, Instant now) {
        Map<String, Object> d = withDefinition(p);
        put(d, "state", p.getState());
        put(d, "startActivityId", p.getStartActivityId());
        put(d, "endActivityId", p.getEndActivityId());
        put(d, "deleteReason", p.getDeleteReason());
        put(d, "superProcessInstanceId", p.getSuperProcessInstanceId());
        AuditKind kind;
        Instant at;
        String who = actor;
        if ("start".equals(p.getEventType())) {
            kind = AuditKind.PROCESS_STARTED;
            at = instant(p.getStartTime(), now);
            who = p.getStartUserId() != null ? p.getStartUserId() : actor;
        } else if ("end".equals(p.getEventType())) {
            kind = AuditKind.PROCESS_ENDED;
            at = instant(p.getEndTime(), now);
        } else {
            kind = AuditKind.PROCESS_UPDATED;
            at = now;
            put(d, "change", p.getEventType());
        }
        String subject = (p.getProcessDefinitionName() != null ? p.getProcessDefinitionName()
                : p.getProcessDefinitionKey()) + " (phiên bản " + p.getProcessDefinitionVersion() + ")";
        return new AuditRecord(kind, at, p.getProcessInstanceId(), p.getRootProcessInstanceId(), p.getBusinessKey(),
                who, subject, d);
    }

    private static AuditRecord task(HistoricTaskInstanceEventEntity t, String actor, String businessKey, Instant now) {
        Map<String, Object> d = base(t);
        put(d, "taskId", t.getTaskId());
        put(d, "taskDefinitionKey", t.getTaskDefinitionKey());
        put(d, "assignee", t.getAssignee());
        put(d, "owner", t.getOwner());
        put(d, "dueDate", iso(t.getDueDate()));
        put(d, "followUpDate", iso(t.getFollowUpDate()));
        d.put("priority", t.getPriority());
        AuditKind kind = switch (t.getEventType()) {
            case "create" -> AuditKind.TASK_CREATED;
            case "complete" -> AuditKind.TASK_COMPLETED;
            case "delete" -> AuditKind.TASK_DELETED;
            default -> AuditKind.TASK_UPDATED;
        };
        // a completion's reason is "completed": its kind says so
        if (!(kind == AuditKind.TASK_COMPLETED && "completed".equals(t.getDeleteReason()))) {
            put(d, "deleteReason", t.getDeleteReason());
        }
        if (kind == AuditKind.TASK_UPDATED) {
            put(d, "change", t.getEventType());
        }
        Instant at = switch (kind) {
            case TASK_CREATED -> instant(t.getStartTime(), now);
            case TASK_COMPLETED, TASK_DELETED -> instant(t.getEndTime(), now);
            default -> now;
        };
        return new AuditRecord(kind, at, t.getProcessInstanceId(), t.getRootProcessInstanceId(), businessKey, actor,
                t.getName(), d);
    }

    private static AuditRecord activity(HistoricActivityInstanceEventEntity a, String actor, String businessKey,
                                        Instant now) {
        boolean start = "start".equals(a.getEventType());
        boolean end = "end".equals(a.getEventType());
        if (!start && !end) {
            return null;
        }
        Map<String, Object> d = base(a);
        // the engine's activity instance id begins with the activity's id: said once (ProposalTimelines reads it back)
        if (!Objects.equals(a.getActivityId(), ProposalTimelines.activityIdOf(a.getActivityInstanceId()))) {
            put(d, "activityId", a.getActivityId());
        }
        put(d, "activityType", a.getActivityType());
        put(d, "activityInstanceId", a.getActivityInstanceId());
        put(d, "taskId", a.getTaskId());
        put(d, "calledProcessInstanceId", a.getCalledProcessInstanceId());
        if (end && a.isCanceled()) {
            d.put("canceled", true);
        }
        return new AuditRecord(start ? AuditKind.ACTIVITY_STARTED : AuditKind.ACTIVITY_ENDED,
                instant(start ? a.getStartTime() : a.getEndTime(), now), a.getProcessInstanceId(),
                a.getRootProcessInstanceId(), businessKey, actor,
                a.getActivityName() != null ? a.getActivityName() : a.getActivityId(), d);
    }

    private static AuditRecord variable(HistoricVariableUpdateEventEntity v, String actor, String businessKey,
                                        Instant now) {
        AuditKind kind = switch (v.getEventType()) {
            case "create" -> AuditKind.VARIABLE_CREATED;
            case "delete" -> AuditKind.VARIABLE_DELETED;
            case "update", "update-detail" -> AuditKind.VARIABLE_UPDATED;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        // a variable is told apart by its instance, scope, task and name (ProposalTimelines.variableKey): its engine id
        // is not repeated in each record, nor a creation's revision, always 0
        Map<String, Object> d = base(v);
        if (kind != AuditKind.VARIABLE_CREATED) {
            d.put("revision", v.getRevision());
        }
        put(d, "type", v.getSerializerName());
        if (!Objects.equals(v.getScopeActivityInstanceId(), v.getProcessInstanceId())) {
            put(d, "scopeActivityInstanceId", v.getScopeActivityInstanceId());
        }
        if ("update-detail".equals(v.getEventType())) {
            d.put("eventType", v.getEventType());
        }
        put(d, "taskId", v.getTaskId());
        if (kind != AuditKind.VARIABLE_DELETED) {
            d.put("value", VariableValueText.of(v.getSerializerName(), v.getTextValue(), v.getTextValue2(),
                    v.getLongValue(), v.getDoubleValue(), v.getByteValue()));
        }
        return new AuditRecord(kind, instant(v.getTimestamp(), now), v.getProcessInstanceId(),
                v.getRootProcessInstanceId(), businessKey, actor, v.getVariableName(), d);
    }

    private static AuditRecord decision(HistoricDecisionEvaluationEvent e, String actor, String businessKey,
                                        Instant now) {
        HistoricDecisionInstanceEntity root = e.getRootHistoricDecisionInstance();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("decision", decisionInstance(root));
        List<Map<String, Object>> required = new ArrayList<>();
        if (e.getRequiredHistoricDecisionInstances() != null) {
            e.getRequiredHistoricDecisionInstances().forEach(r -> required.add(decisionInstance(r)));
        }
        if (!required.isEmpty()) {
            d.put("requiredDecisions", required);
        }
        put(d, "activityId", root.getActivityId());
        put(d, "activityInstanceId", root.getActivityInstanceId());
        String subject = (root.getDecisionDefinitionName() != null ? root.getDecisionDefinitionName()
                : root.getDecisionDefinitionKey()) + " (" + root.getDecisionDefinitionKey() + ")";
        return new AuditRecord(AuditKind.DECISION_EVALUATED, instant(root.getEvaluationTime(), now),
                root.getProcessInstanceId(), root.getRootProcessInstanceId(), businessKey,
                actor != null ? actor : root.getUserId(), subject, d);
    }

    private static Map<String, Object> decisionInstance(HistoricDecisionInstanceEntity i) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("key", i.getDecisionDefinitionKey());
        put(d, "name", i.getDecisionDefinitionName());
        put(d, "decisionDefinitionId", i.getDecisionDefinitionId());
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (HistoricDecisionInputInstance in : i.getInputs()) {
            inputs.put(label(in.getClauseName(), in.getClauseId()), text(in.getValue()));
        }
        d.put("inputs", inputs);
        List<Map<String, Object>> outputs = new ArrayList<>();
        Map<String, Map<String, Object>> byRule = new LinkedHashMap<>();
        for (HistoricDecisionOutputInstance out : i.getOutputs()) {
            Map<String, Object> rule = byRule.computeIfAbsent(out.getRuleId(), id -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("ruleId", id);
                r.put("ruleOrder", out.getRuleOrder());
                outputs.add(r);
                return r;
            });
            rule.put(label(out.getVariableName(), out.getClauseName()), text(out.getValue()));
        }
        d.put("matchedRules", outputs);
        if (i.getCollectResultValue() != null) {
            d.put("collectResult", i.getCollectResultValue());
        }
        return d;
    }

    private static AuditRecord identityLink(HistoricIdentityLinkLogEventEntity l, String actor, String businessKey,
                                            Instant now) {
        Map<String, Object> d = base(l);
        put(d, "taskId", l.getTaskId());
        put(d, "type", l.getType());
        put(d, "groupId", l.getGroupId());
        put(d, "userId", l.getUserId());
        put(d, "assignerId", l.getAssignerId());
        boolean add = "add".equals(l.getOperationType());
        String subject = (l.getGroupId() != null ? "nhóm " + l.getGroupId() : "người dùng " + l.getUserId())
                + " (" + l.getType() + ")";
        return new AuditRecord(add ? AuditKind.IDENTITY_LINK_ADDED : AuditKind.IDENTITY_LINK_REMOVED,
                instant(l.getTime(), now), l.getProcessInstanceId(), l.getRootProcessInstanceId(), businessKey,
                l.getAssignerId() != null ? l.getAssignerId() : actor, subject, d);
    }

    private static AuditRecord operation(UserOperationLogEntryEventEntity o, String businessKey, Instant now) {
        Map<String, Object> d = base(o);
        put(d, "operationId", o.getOperationId());
        put(d, "operationType", o.getOperationType());
        put(d, "entityType", o.getEntityType());
        put(d, "category", o.getCategory());
        put(d, "property", o.getProperty());
        put(d, "orgValue", o.getOrgValue());
        put(d, "newValue", o.getNewValue());
        put(d, "taskId", o.getTaskId());
        put(d, "jobId", o.getJobId());
        put(d, "deploymentId", o.getDeploymentId());
        put(d, "batchId", o.getBatchId());
        put(d, "annotation", o.getAnnotation());
        return new AuditRecord(AuditKind.USER_OPERATION, instant(o.getTimestamp(), now), o.getProcessInstanceId(),
                o.getRootProcessInstanceId(), businessKey, o.getUserId(),
                o.getOperationType() + " " + o.getEntityType(), d);
    }

    private static AuditRecord incident(HistoricIncidentEventEntity i, String actor, String businessKey, Instant now) {
        Map<String, Object> d = base(i);
        put(d, "incidentType", i.getIncidentType());
        put(d, "activityId", i.getActivityId());
        put(d, "message", i.getIncidentMessage());
        put(d, "change", i.getEventType());
        return new AuditRecord(AuditKind.INCIDENT, "create".equals(i.getEventType()) ? instant(i.getCreateTime(), now)
                : instant(i.getEndTime(), now), i.getProcessInstanceId(), i.getRootProcessInstanceId(), businessKey,
                actor, i.getIncidentType() + " tại " + i.getActivityId(), d);
    }

    /** Timers that fired and jobs that failed; successful async continuations are noise for an auditor. */
    private static AuditRecord job(HistoricJobLogEvent j, String actor, String businessKey, Instant now) {
        boolean timer = j.getJobDefinitionType() != null && j.getJobDefinitionType().startsWith("timer");
        boolean failed = "failed".equals(j.getEventType());
        boolean fired = "successful".equals(j.getEventType());
        if (!(failed || (timer && fired))) {
            return null;
        }
        Map<String, Object> d = base(j);
        put(d, "jobDefinitionType", j.getJobDefinitionType());
        put(d, "jobDefinitionConfiguration", j.getJobDefinitionConfiguration());
        put(d, "activityId", j.getActivityId());
        put(d, "dueDate", iso(j.getJobDueDate()));
        put(d, "outcome", j.getEventType());
        put(d, "exceptionMessage", j.getJobExceptionMessage());
        return new AuditRecord(AuditKind.TIMER_OR_JOB, instant(j.getTimestamp(), now), j.getProcessInstanceId(),
                j.getRootProcessInstanceId(), businessKey, actor,
                (timer ? "hẹn giờ " : "tác vụ ") + j.getActivityId() + (failed ? " thất bại" : " đã chạy"), d);
    }

    /**
     * What every engine record holds beyond its columns. Nothing the record says elsewhere is repeated (about 45 % of
     * a payload, docs/performance.md): the kind says the event type, the instance's own records (started, updated,
     * ended) name its process definition and version, and the execution is named only when it is not the instance
     * itself (a branch, a sub-process, a multi-instance body).
     */
    private static Map<String, Object> base(HistoryEvent e) {
        Map<String, Object> d = new LinkedHashMap<>();
        if (!Objects.equals(e.getExecutionId(), e.getProcessInstanceId())) {
            put(d, "executionId", e.getExecutionId());
        }
        return d;
    }

    private static Map<String, Object> withDefinition(HistoryEvent e) {
        Map<String, Object> d = new LinkedHashMap<>();
        put(d, "processDefinitionKey", e.getProcessDefinitionKey());
        if (e.getProcessDefinitionVersion() != null) {
            d.put("processDefinitionVersion", e.getProcessDefinitionVersion());
        }
        d.putAll(base(e));
        return d;
    }

    private static String label(String name, String fallback) {
        return name != null && !name.isBlank() ? name : fallback;
    }

    static Object text(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof byte[] bytes) {
            return VariableValueText.cut(new String(bytes, StandardCharsets.UTF_8));
        }
        return VariableValueText.cut(String.valueOf(value));
    }

    private static void put(Map<String, Object> d, String key, Object value) {
        if (value != null) {
            d.put(key, value);
        }
    }

    private static String iso(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    private static Instant instant(Date date, Instant fallback) {
        return date == null ? fallback : date.toInstant();
    }
}
