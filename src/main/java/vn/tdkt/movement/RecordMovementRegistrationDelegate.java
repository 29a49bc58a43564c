package vn.tdkt.movement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks and records a unit's registration; a refusal rolls the task's completion back. */
@Component("recordMovementRegistrationDelegate")
public class RecordMovementRegistrationDelegate implements JavaDelegate {

    private final MovementService service;

    public RecordMovementRegistrationDelegate(MovementService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.register(MovementActors.movementId(execution), (String) execution.getVariable(MovementVariables.UNIT_CODE),
                execution.getVariable(MovementVariables.REGISTRATION_PLAN), MovementActors.current(execution));
    }
}
