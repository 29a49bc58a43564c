package vn.tdkt.movement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.InputRejectedException;

import static vn.tdkt.movement.MovementVariables.LAUNCH_COMMENT;
import static vn.tdkt.movement.MovementVariables.LAUNCH_DECISION;
import static vn.tdkt.movement.MovementVariables.REVISE_DECISION;

/**
 * Checks the chairman's answer and the drafter's answer on the server as their task is left (attached to the flow
 * leaving the task, so a refusal rolls the completion back): a known answer, and a reason for a return or a refusal.
 * A return also moves the movement to "returned".
 */
@Component("movementAnswerValidator")
public class MovementAnswerValidator implements ExecutionListener {

    private final MovementService service;

    public MovementAnswerValidator(MovementService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if ("Flow_ToReviseGateway".equals(execution.getCurrentTransitionId())) {
            if (!MovementVariables.ReviseDecision.isAnswer(execution.getVariable(REVISE_DECISION))) {
                throw new InputRejectedException("Chọn 'Trình lại Chủ tịch' hoặc 'Rút dự thảo'.");
            }
            return;
        }
        Object decision = execution.getVariable(LAUNCH_DECISION);
        if (!MovementVariables.LaunchDecision.isAnswer(decision)) {
            throw new InputRejectedException("Ý kiến của Chủ tịch phải là 'Đồng ý, phát động phong trào', "
                    + "'Trả lại để hoàn chỉnh' hoặc 'Không ban hành'.");
        }
        Object comment = execution.getVariable(LAUNCH_COMMENT);
        boolean reasoned = comment instanceof String s && !s.isBlank();
        if (!MovementVariables.LaunchDecision.APPROVE.is(decision) && !reasoned) {
            throw new InputRejectedException("Khi trả lại hoặc không ban hành phong trào, Chủ tịch phải ghi rõ lý do.");
        }
        if (MovementVariables.LaunchDecision.RETURN.is(decision)) {
            service.returned(MovementActors.movementId(execution));
        }
    }
}
