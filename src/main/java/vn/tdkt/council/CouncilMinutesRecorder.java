package vn.tdkt.council;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import static vn.tdkt.council.CouncilVariables.CHAIR_MINUTES_DECISION;
import static vn.tdkt.council.CouncilVariables.CHAIR_MINUTES_NOTE;
import static vn.tdkt.council.CouncilVariables.MINUTES_REF;

/**
 * Take listener after {@link CouncilAnswerValidator} on the flows leaving the minutes tasks: keeps the number the
 * secretary gave the minutes, or the chair's request to correct them, with who did it.
 */
@Component("councilMinutesRecorder")
public class CouncilMinutesRecorder implements ExecutionListener {

    private final CouncilSessions sessions;
    private final IdentityService identity;

    public CouncilMinutesRecorder(CouncilSessions sessions, IdentityService identity) {
        this.sessions = sessions;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        var auth = identity.getCurrentAuthentication();
        String actor = auth == null ? null : auth.getUserId();
        switch (execution.getCurrentTransitionId()) {
            case CouncilSteps.FLOW_MINUTES_SECRETARY_DONE -> sessions.minutesNumbered(key, ((String) execution.getVariable(MINUTES_REF)).trim(), actor);
            case CouncilSteps.FLOW_MINUTES_CHAIR_DONE -> {
                if (CouncilVariables.ChairMinutesDecision.SUA_LAI
                        .is(execution.getVariable(CHAIR_MINUTES_DECISION))) {
                    sessions.minutesReturned(key, (String) execution.getVariable(CHAIR_MINUTES_NOTE), actor);
                }
            }
            default -> throw new IllegalStateException("Nothing to record for " + execution.getCurrentTransitionId());
        }
    }
}
