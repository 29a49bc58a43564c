package vn.tdkt.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history writer, at history level full, without two copies the audit chain already keeps:
 * <ul>
 *   <li>every variable change ({@code ACT_HI_DETAIL}, one row and for a JSON variable one byte array per change)
 *       unless {@code tdkt.history.variable-details} asks for it: the chain keeps each change with its value, its
 *       user and its time, and ACT_HI_VARINST keeps each variable's last value;</li>
 *   <li>the inputs and outputs of every decision-table evaluation ({@code ACT_HI_DEC_IN}, {@code ACT_HI_DEC_OUT})
 *       unless {@code tdkt.history.decision-clauses} asks for them: the chain's DECISION_EVALUATED record keeps
 *       every input, matched rule and output by name. The evaluation itself (ACT_HI_DECINST: which table, which
 *       version, when, in which step) stays in the engine's history.</li>
 * </ul>
 * Nothing in the application or in Cockpit's community edition reads either copy. What it saves is in
 * docs/performance.md.
 */
public class HistoryWriter extends DbHistoryEventHandler {

    private final boolean variableDetails;
    private final boolean decisionClauses;

    public HistoryWriter(boolean variableDetails, boolean decisionClauses) {
        this.variableDetails = variableDetails;
        this.decisionClauses = decisionClauses;
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
        return variableDetails && super.shouldWriteHistoricDetail(historyEvent);
    }

    @Override
    protected void insertHistoricDecisionEvaluationEvent(HistoricDecisionEvaluationEvent event) {
        if (decisionClauses) {
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
