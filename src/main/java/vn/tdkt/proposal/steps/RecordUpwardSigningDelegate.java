package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalRepository;

/** The chairman signed the proposal upward, or declined it (then nobody in it goes further). */
@Component("recordUpwardSigningDelegate")
public class RecordUpwardSigningDelegate implements JavaDelegate {

    private final ProposalRepository proposals;

    public RecordUpwardSigningDelegate(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean signed = "SIGN".equals(execution.getVariable("upwardDecision"));
        execution.setVariable("provincialOutcome", signed ? "UPWARD" : "NOT_AWARDED");
        if (!signed) {
            proposals.nominees(execution.getProcessBusinessKey()).stream().filter(ProposalRepository.Nominee::active)
                    .forEach(n -> proposals.finalResult(n.id(), "NOT_PROPOSED"));
        }
    }
}
