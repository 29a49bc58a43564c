package vn.tdkt.council;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

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
            case "Flow_MinutesSecretary_Done" -> sessions.minutesNumbered(key, ((String) execution.getVariable("minutesRef")).trim(), actor);
            case "Flow_MinutesChair_Done" -> {
                if ("SUA_LAI".equals(execution.getVariable("chairMinutesDecision"))) {
                    sessions.minutesReturned(key, (String) execution.getVariable("chairMinutesNote"), actor);
                }
            }
            default -> throw new IllegalStateException("Nothing to record for " + execution.getCurrentTransitionId());
        }
    }
}
