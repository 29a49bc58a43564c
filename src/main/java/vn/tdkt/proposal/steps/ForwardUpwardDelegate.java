package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalStatus;

import java.time.Clock;
import java.util.Date;

import static vn.tdkt.proposal.ProposalVariables.FORWARDED_AT;

/** The signed proposal upward is forwarded to the Central Emulation Board; the process waits for its decision. */
@Component("forwardUpwardDelegate")
public class ForwardUpwardDelegate implements JavaDelegate {

    private final Clock clock;

    private final ProposalRepository proposals;

    public ForwardUpwardDelegate(ProposalRepository proposals, Clock clock) {

        this.clock = clock;
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposals.changeStatus(execution.getProcessBusinessKey(), ProposalStatus.FORWARDED);
        execution.setVariable(FORWARDED_AT, Date.from(clock.instant()));
    }
}
