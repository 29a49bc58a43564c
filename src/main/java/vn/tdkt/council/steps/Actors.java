package vn.tdkt.council.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Who drives the current step: the user whose task completion or start is being processed. */
final class Actors {

    private Actors() { }

    static String current(DelegateExecution execution) {
        var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}
