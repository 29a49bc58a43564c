package vn.tdkt.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history writer, at history level full, without its copy of every variable change
 * ({@code ACT_HI_DETAIL}, one row and for a JSON variable one byte array per change) unless
 * {@code tdkt.history.variable-details} asks for it. Every change is kept anyway, with its value, its user and its
 * time, in the audit chain; ACT_HI_VARINST keeps each variable's last value, and nothing in the
 * application or in Cockpit's community edition reads the details. What it saves is in docs/performance.md.
 */
public class HistoryWriter extends DbHistoryEventHandler {

    private final boolean variableDetails;

    public HistoryWriter(boolean variableDetails) {
        this.variableDetails = variableDetails;
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
        return variableDetails && super.shouldWriteHistoricDetail(historyEvent);
    }
}
