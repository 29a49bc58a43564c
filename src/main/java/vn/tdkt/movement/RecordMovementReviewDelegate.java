package vn.tdkt.movement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static vn.tdkt.movement.MovementVariables.*;

/** Checks and records the standing agency's mid-term or final review (from the step's input reviewStage). */
@Component("recordMovementReviewDelegate")
public class RecordMovementReviewDelegate implements JavaDelegate {

    private final MovementService service;

    public RecordMovementReviewDelegate(MovementService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = MovementActors.movementId(execution);
        String by = MovementActors.current(execution);
        if ("FINAL".equals(execution.getVariable(REVIEW_STAGE))) {
            int count = service.finalReview(id, execution.getVariable(FINAL_REVIEW_REPORT),
                    execution.getVariable(AWARDED_UNIT_CODES), execution.getVariable(AWARD_TYPE_CODE), by);
            execution.setVariable(AWARD_COUNT, count);
        } else {
            service.midReview(id, execution.getVariable(MID_REVIEW_REPORT), by);
        }
    }
}
