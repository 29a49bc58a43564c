package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalStages;
import vn.tdkt.workflow.JsonVars;

/** Nominees stopped by a substantiated comment leave the proposal upward; the others go on to the chairman. */
@Component("applyConsultationDelegate")
public class ApplyConsultationDelegate implements JavaDelegate {

    private final ProposalStages stages;

    public ApplyConsultationDelegate(ProposalStages stages) {
        this.stages = stages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        int remaining = stages.applyConsultation(key, JsonVars.listOfObjects(execution.getVariable("consultationReview")));
        execution.setVariable("remainingCount", remaining);
        execution.setVariable("appraisalSummary", stages.summary(key));
        NextStageLists.prepare(execution, stages, key);
        if (remaining == 0) {
            execution.setVariable("provincialOutcome", "NOT_AWARDED");
        }
    }
}
