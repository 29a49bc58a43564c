package vn.tdkt.movement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a draft that is not launched: refused by the chairman, or withdrawn (status from the step's input closeAs). */
@Component("closeMovementDelegate")
public class CloseMovementDelegate implements JavaDelegate {

    private final MovementService service;

    public CloseMovementDelegate(MovementService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.close(MovementActors.movementId(execution),
                MovementStatus.valueOf((String) execution.getVariable(MovementVariables.CLOSE_AS)));
    }
}
