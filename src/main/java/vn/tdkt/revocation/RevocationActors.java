package vn.tdkt.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed the task a step follows: the engine's current authentication (null for the engine's own jobs). */
final class RevocationActors {

    private RevocationActors() { }

    static String current(DelegateExecution execution) {
        Authentication a = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return a == null ? null : a.getUserId();
    }

    static long revocationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(RevocationVariables.REVOCATION_ID)).longValue();
    }

    static String text(DelegateExecution execution, String name) {
        return RevocationRules.text(execution.getVariable(name));
    }
}
