package vn.tdkt.proposal.steps;

import vn.tdkt.proposal.ProposalVariables.ProvincialOutcome;
import vn.tdkt.proposal.ProposalVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalStages;
import vn.tdkt.workflow.JsonVars;

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
                JsonVars.listOfObjects(execution.getVariable(ProposalVariables.CHAIRMAN_DECISION)));
        execution.setVariable(ProposalVariables.APPROVED_COUNT, approved);
        execution.setVariable(ProposalVariables.PROVINCIAL_OUTCOME, (approved > 0 ? ProvincialOutcome.DECIDED
                : ProvincialOutcome.NOT_AWARDED).name());
        var auth = identityService.getCurrentAuthentication();
        execution.setVariable(ProposalVariables.DECIDED_BY, auth == null ? null : auth.getUserId());
    }
}
