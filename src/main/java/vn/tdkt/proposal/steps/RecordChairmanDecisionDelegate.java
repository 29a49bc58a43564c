package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalStages;
import vn.tdkt.proposal.ProposalVariables.ProvincialOutcome;
import vn.tdkt.workflow.JsonVars;

import static vn.tdkt.proposal.ProposalVariables.APPROVED_COUNT;
import static vn.tdkt.proposal.ProposalVariables.CHAIRMAN_DECISION;
import static vn.tdkt.proposal.ProposalVariables.DECIDED_BY;
import static vn.tdkt.proposal.ProposalVariables.PROVINCIAL_OUTCOME;

/** The chairman's answer per nominee; who decided is kept for the decision's signature block. */
@Component("recordChairmanDecisionDelegate")
public class RecordChairmanDecisionDelegate implements JavaDelegate {

    private final ProposalStages stages;
    private final IdentityService identityService;

    public RecordChairmanDecisionDelegate(ProposalStages stages, IdentityService identityService) {
        this.stages = stages;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int approved = stages.applyChairman(execution.getProcessBusinessKey(),
                JsonVars.listOfObjects(execution.getVariable(CHAIRMAN_DECISION)));
        execution.setVariable(APPROVED_COUNT, approved);
        execution.setVariable(PROVINCIAL_OUTCOME, (approved > 0 ? ProvincialOutcome.DECIDED
                : ProvincialOutcome.NOT_AWARDED).name());
        var auth = identityService.getCurrentAuthentication();
        execution.setVariable(DECIDED_BY, auth == null ? null : auth.getUserId());
    }
}
