package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalVariables.ProvincialOutcome;
import vn.tdkt.proposal.ProposalVariables.UpwardDecision;

import static vn.tdkt.proposal.ProposalVariables.PROVINCIAL_OUTCOME;
import static vn.tdkt.proposal.ProposalVariables.UPWARD_DECISION;

/** The chairman signed the proposal upward, or declined it (then nobody in it goes further). */
@Component("recordUpwardSigningDelegate")
public class RecordUpwardSigningDelegate implements JavaDelegate {

    private final ProposalRepository proposals;

    public RecordUpwardSigningDelegate(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean signed = UpwardDecision.SIGN.is(execution.getVariable(UPWARD_DECISION));
        execution.setVariable(PROVINCIAL_OUTCOME, (signed ? ProvincialOutcome.UPWARD
                : ProvincialOutcome.NOT_AWARDED).name());
        if (!signed) {
            proposals.nominees(execution.getProcessBusinessKey()).stream().filter(ProposalRepository.Nominee::active)
                    .forEach(n -> proposals.finalResult(n.id(), "NOT_PROPOSED"));
        }
    }
}
