package vn.tdkt.movement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A unit's deadline passed with its task open: marks it late (registration or report, from the step's input) and
 * sends the unit a reminder through the notification outbox.
 */
@Component("markMovementLateDelegate")
public class MarkMovementLateDelegate implements JavaDelegate {

    private final MovementService service;
    private final MovementReminders reminders;

    public MarkMovementLateDelegate(MovementService service, MovementReminders reminders) {
        this.service = service;
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long movementId = MovementActors.movementId(execution);
        String unitCode = (String) execution.getVariable(MovementVariables.UNIT_CODE);
        boolean report = "REPORT".equals(execution.getVariable(MovementVariables.LATE_STEP));
        service.late(movementId, unitCode, report);
        reminders.deadlinePassed(movementId, unitCode, report, execution.getProcessInstanceId());
    }
}
