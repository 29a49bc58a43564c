package vn.tdkt.ballot;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import java.util.List;

/**
 * Wraps the engine's history writer and drops every history event about a secret ballot variable (variables and
 * submitted form fields whose name starts with {@link #PREFIX}): at history level FULL the engine would otherwise
 * keep each voter's choices in ACT_HI_VARINST and ACT_HI_DETAIL, next to the task and the user who completed it.
 */
public class SecretBallotHistoryFilter implements HistoryEventHandler {

    /** Name prefix of variables that carry a ballot. */
    public static final String PREFIX = "secretBallot";

    private final HistoryEventHandler delegate;

    public SecretBallotHistoryFilter(HistoryEventHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isBallot(event)) {
            delegate.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        delegate.handleEvents(events.stream().filter(e -> !isBallot(e)).toList());
    }

    static boolean isBallot(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return startsWithPrefix(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity field) {
            return startsWithPrefix(field.getPropertyId());
        }
        return false;
    }

    private static boolean startsWithPrefix(String name) {
        return name != null && name.startsWith(PREFIX);
    }
}
