package vn.tdkt.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.InputRejectedException;

/**
 * Checks the head's answer on the server as the review task is left: approve or return, and a return
 * must say why. Attached to the flow leaving the task, so a refusal rolls the completion back.
 */
@Component("headReviewAnswerValidator")
public class HeadReviewAnswerValidator implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Object decision = execution.getVariable(RegistrationVariables.HEAD_DECISION);
        if (!RegistrationVariables.HeadDecision.isAnswer(decision)) {
            throw new InputRejectedException(
                    "Ý kiến của thủ trưởng phải là 'Đồng ý, ký duyệt' hoặc 'Trả lại để hoàn chỉnh'.");
        }
        Object comment = execution.getVariable(RegistrationVariables.HEAD_COMMENT);
        if (RegistrationVariables.HeadDecision.RETURN.is(decision) && (!(comment instanceof String s) || s.isBlank())) {
            throw new InputRejectedException("Khi trả lại bản đăng ký, thủ trưởng phải ghi rõ lý do.");
        }
    }
}
