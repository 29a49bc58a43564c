package vn.tdkt.proposal.steps;

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
                JsonVars.listOfObjects(execution.getVariable("chairmanDecision")));
        execution.setVariable("approvedCount", approved);
        execution.setVariable("provincialOutcome", approved > 0 ? "DECIDED" : "NOT_AWARDED");
        var auth = identityService.getCurrentAuthentication();
        execution.setVariable("decidedBy", auth == null ? null : auth.getUserId());
    }
}
