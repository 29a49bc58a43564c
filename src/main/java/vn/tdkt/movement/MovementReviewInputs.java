package vn.tdkt.movement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** As a review task opens: how the units stand (registered, reported, late), for the standing agency's form. */
@Component("movementReviewInputs")
public class MovementReviewInputs implements ExecutionListener {

    private final MovementService service;

    public MovementReviewInputs(MovementService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(MovementVariables.PARTICIPATION_SUMMARY,
                service.participationSummary(MovementActors.movementId(execution)));
    }
}
