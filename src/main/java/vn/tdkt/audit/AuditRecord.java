package vn.tdkt.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One fact for the audit trail before it is sealed into the chain.
 *
 * @param processInstanceId     the engine process instance it belongs to, if any
 * @param rootProcessInstanceId the root of that instance's call hierarchy, if known
 * @param businessKey           the proposal, session or cycle key, when known at the time
 * @param actor                 the authenticated user who caused it; {@code null} for the system (timers, jobs)
 * @param subject               a short human-readable subject (activity name, task name, variable name, file name)
 * @param details               the rest, as name → value; serialised to JSON in the chain
 */
public record AuditRecord(AuditKind kind, Instant occurredAt, String processInstanceId, String rootProcessInstanceId,
                          String businessKey, String actor, String subject, Map<String, Object> details) {

    public static AuditRecord domain(AuditKind kind, Instant occurredAt, String businessKey, String processInstanceId,
                                     String actor, String subject, Map<String, Object> details) {
        return new AuditRecord(kind, occurredAt, processInstanceId, null, businessKey, actor, subject, details);
    }
}
