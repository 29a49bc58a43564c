package vn.tdkt.registration;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The head's answer must be approve or return, and a return must say why. Checked on the server. */
@Component("headReviewCompletionListener")
public class HeadReviewCompletionListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(RegistrationVariables.HEAD_DECISION);
        if (!"approve".equals(decision) && !"return".equals(decision)) {
            throw new BadUserRequestException("Ý kiến của thủ trưởng phải là 'Đồng ý, ký duyệt' hoặc 'Trả lại để hoàn chỉnh'.");
        }
        Object comment = task.getVariable(RegistrationVariables.HEAD_COMMENT);
        if ("return".equals(decision) && (!(comment instanceof String s) || s.isBlank())) {
            throw new BadUserRequestException("Khi trả lại bản đăng ký, thủ trưởng phải ghi rõ lý do.");
        }
        if ("approve".equals(decision)) {
            String approver = task.getAssignee() != null ? task.getAssignee()
                    : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                    : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
            task.getExecution().setVariable(RegistrationVariables.APPROVED_BY, approver);
        }
    }
}
