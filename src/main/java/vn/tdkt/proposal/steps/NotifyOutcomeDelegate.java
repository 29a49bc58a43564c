package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalNotifier;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalStatus;
import vn.tdkt.proposal.ProposalSteps;

import java.time.Clock;

/** Tells the proposing unit the outcome; which message depends on the step the process is at. */
@Component("notifyOutcomeDelegate")
public class NotifyOutcomeDelegate implements JavaDelegate {

    private final Clock clock;

    private final ProposalNotifier notifier;
    private final ProposalRepository proposals;

    public NotifyOutcomeDelegate(ProposalNotifier notifier, ProposalRepository proposals, Clock clock) {

        this.clock = clock;
        this.notifier = notifier;
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        switch (execution.getCurrentActivityId()) {
            case ProposalSteps.NOTIFY_AWARDED -> notifier.awarded(execution);
            case ProposalSteps.NOTIFY_CENTRAL -> notifier.centralResult(execution);
            default -> {
                notifier.notAwarded(execution);
                proposals.close(execution.getProcessBusinessKey(), ProposalStatus.NOT_AWARDED,
                        clock.instant());
            }
        }
    }
}
