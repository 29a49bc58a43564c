package vn.tdkt.registration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Remembers who signed the registration: the assignee, or the user completing it through the API. */
@Component("headReviewCompletionListener")
public class HeadReviewCompletionListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String approver = task.getAssignee();
        if (approver == null) {
            Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            approver = current == null ? null : current.getUserId();
        }
        task.getExecution().setVariable(RegistrationVariables.APPROVED_BY, approver);
    }
}
