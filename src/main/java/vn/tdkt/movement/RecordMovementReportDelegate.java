package vn.tdkt.movement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks and records a unit's progress report; a refusal rolls the task's completion back. */
@Component("recordMovementReportDelegate")
public class RecordMovementReportDelegate implements JavaDelegate {

    private final MovementService service;

    public RecordMovementReportDelegate(MovementService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.report(MovementActors.movementId(execution), (String) execution.getVariable(MovementVariables.UNIT_CODE),
                execution.getVariable(MovementVariables.PROGRESS_REPORT),
                execution.getVariable(MovementVariables.PROGRESS_PERCENT), MovementActors.current(execution));
    }
}
