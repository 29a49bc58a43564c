package vn.tdkt.audit;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.HistorySink;

import java.time.Clock;
import java.util.List;

/**
 * Receives every history event the engine writes (behind the secret-ballot filter, see
 * SecretBallotEnginePlugin of the ballot package) and appends it to the audit chain with the user of the command.
 */
@Component
public class AuditHistorySink implements HistorySink {

    private final Clock clock;

    private final AuditTrail trail;

    AuditHistorySink(AuditTrail trail, Clock clock) {

        this.clock = clock;
        this.trail = trail;
    }

    @Override
    public HistoryEventHandler handler() {
        return new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                record(event);
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(this::handleEvent);
            }
        };
    }

    void record(HistoryEvent event) {
        CommandContext context = Context.getCommandContext();
        String actor = context == null ? null : context.getAuthenticatedUserId();
        HistoryEventAuditMapper.map(event, actor, businessKey(context, event.getProcessInstanceId()),
                        clock.instant())
                .ifPresent(trail::record);
    }

    /** From the command's entity cache only: no extra query per event; the timeline also links by instance id. */
    static String businessKey(CommandContext context, String processInstanceId) {
        if (context == null || processInstanceId == null) {
            return null;
        }
        ExecutionEntity instance = context.getDbEntityManager().getCachedEntity(ExecutionEntity.class, processInstanceId);
        return instance == null ? null : instance.getBusinessKey();
    }
}
