package vn.tdkt.engine;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history writer, at history level full, without the copies the audit chain already keeps and that
 * nothing in the application or in Cockpit's community edition reads. Each is kept when its switch asks for it
 * ({@link Copies}); what each saves is in docs/performance.md:
 * <ul>
 *   <li>every variable change ({@code ACT_HI_DETAIL}, one row and for a JSON variable one byte array per change):
 *       the chain keeps each change with its value, its user and its time, and ACT_HI_VARINST keeps each variable's
 *       last value;</li>
 *   <li>the inputs and outputs of every decision-table evaluation ({@code ACT_HI_DEC_IN}, {@code ACT_HI_DEC_OUT}):
 *       the chain's DECISION_EVALUATED record keeps every input, matched rule and output by name. The evaluation
 *       itself (ACT_HI_DECINST: which table, which version, when, in which step) stays in the engine's history;</li>
 *   <li>the user operation log's entries for a task's completion and a process instance's start
 *       ({@code ACT_HI_OP_LOG}): the chain's USER_OPERATION records hold every field of them. Every other entry is
 *       kept, since Tasklist shows an open task's operations (claims, assignments, due dates…) on its History tab;
 *       a completed task has left Tasklist, and Cockpit shows the log only in the enterprise edition;</li>
 *   <li>the log of a task's people ({@code ACT_HI_IDENTITYLINK}: candidate groups and users, assignee, owner, added
 *       and removed): the chain's IDENTITY_LINK_ADDED and IDENTITY_LINK_REMOVED records hold every field of it, and
 *       only Cockpit's enterprise edition and the historic task query's "had candidate" filters read it (the
 *       application uses neither; who may read a task's history is its authorizations, not this log);</li>
 *   <li>exclusive gateways' activity instances ({@code ACT_HI_ACTINST}): a gateway starts and ends in the same
 *       step, the chain records both, and the step the gateway chose is in the engine's history as the next
 *       activity. Tasks, events, sub-processes and every other activity keep their rows.</li>
 * </ul>
 */
public class HistoryWriter extends DbHistoryEventHandler {

    /** Which of the chain's copies the engine's history also keeps ({@code tdkt.history.*}, all false by default). */
    public record Copies(boolean variableDetails, boolean decisionClauses, boolean startsAndCompletions,
                         boolean gatewayActivities, boolean identityLinks) {
    }

    private static final String EXCLUSIVE_GATEWAY = "exclusiveGateway";

    private final Copies copies;

    public HistoryWriter(Copies copies) {
        this.copies = copies;
    }

    @Override
    protected void insertOrUpdate(HistoryEvent event) {
        if (!copies.startsAndCompletions() && event instanceof UserOperationLogEntryEventEntity entry
                && isStartOrCompletion(entry)
                || !copies.identityLinks() && event instanceof HistoricIdentityLinkLogEventEntity) {
            return;
        }
        // both the start and the end are left out, so the end never looks for a row that was not written
        if (!copies.gatewayActivities() && event instanceof HistoricActivityInstanceEventEntity activity
                && EXCLUSIVE_GATEWAY.equals(activity.getActivityType())) {
            return;
        }
        super.insertOrUpdate(event);
    }

    /** A task's completion or a process instance's start: operations no screen of the community edition shows. */
    static boolean isStartOrCompletion(UserOperationLogEntryEventEntity entry) {
        return EntityTypes.TASK.equals(entry.getEntityType())
                && UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType())
                || EntityTypes.PROCESS_INSTANCE.equals(entry.getEntityType())
                && UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(entry.getOperationType());
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
        return copies.variableDetails() && super.shouldWriteHistoricDetail(historyEvent);
    }

    @Override
    protected void insertHistoricDecisionEvaluationEvent(HistoricDecisionEvaluationEvent event) {
        if (copies.decisionClauses()) {
            super.insertHistoricDecisionEvaluationEvent(event);
            return;
        }
        // as HistoricDecisionInstanceManager.insertHistoricDecisionInstances, less the clauses; the clauses are left on
        // the entities, because the audit chain's handler reads the same event after this one
        HistoricDecisionInstanceEntity root = event.getRootHistoricDecisionInstance();
        getDbEntityManager().insert(root);
        for (HistoricDecisionInstanceEntity required : event.getRequiredHistoricDecisionInstances()) {
            required.setRootDecisionInstanceId(root.getId());
            getDbEntityManager().insert(required);
        }
    }
}
