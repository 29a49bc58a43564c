package vn.tdkt.movement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed the task a step follows: the engine's current authentication (null for the engine's own jobs). */
final class MovementActors {

    private MovementActors() { }

    static String current(DelegateExecution execution) {
        Authentication a = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return a == null ? null : a.getUserId();
    }

    static long movementId(DelegateExecution execution) {
        return ((Number) execution.getVariable(MovementVariables.MOVEMENT_ID)).longValue();
    }
}
