package vn.tdkt.movement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A unit's deadline passed with its task open: marks it late (registration or report, from the step's input). */
@Component("markMovementLateDelegate")
public class MarkMovementLateDelegate implements JavaDelegate {

    private final MovementService service;

    public MarkMovementLateDelegate(MovementService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.late(MovementActors.movementId(execution), (String) execution.getVariable(MovementVariables.UNIT_CODE),
                "REPORT".equals(execution.getVariable(MovementVariables.LATE_STEP)));
    }
}
