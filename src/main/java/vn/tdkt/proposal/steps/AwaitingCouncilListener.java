package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalStatus;

/** When the proposal starts waiting for a council session, units and auditors see it as "Chờ Hội đồng TĐKT xét". */
@Component("awaitingCouncilListener")
public class AwaitingCouncilListener implements ExecutionListener {

    private final ProposalRepository proposals;

    public AwaitingCouncilListener(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public void notify(DelegateExecution execution) {
        proposals.changeStatus(execution.getProcessBusinessKey(), ProposalStatus.COUNCIL);
    }
}
