package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalNotifier;

/** The processing deadline is near: the standing agency's specialists are reminded by e-mail. */
@Component("sendReminderDelegate")
public class SendReminderDelegate implements JavaDelegate {

    private final ProposalNotifier notifier;

    public SendReminderDelegate(ProposalNotifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifier.reminder(execution);
    }
}
