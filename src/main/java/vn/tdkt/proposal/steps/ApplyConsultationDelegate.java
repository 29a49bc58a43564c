package vn.tdkt.proposal.steps;

import vn.tdkt.proposal.ProposalVariables.ProvincialOutcome;
import vn.tdkt.proposal.ProposalVariables;
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
        int remaining = stages.applyConsultation(key, JsonVars.listOfObjects(execution.getVariable(ProposalVariables.CONSULTATION_REVIEW)));
        execution.setVariable(ProposalVariables.REMAINING_COUNT, remaining);
        execution.setVariable(ProposalVariables.APPRAISAL_SUMMARY, stages.summary(key));
        NextStageLists.prepare(execution, stages, key);
        if (remaining == 0) {
            execution.setVariable(ProposalVariables.PROVINCIAL_OUTCOME, ProvincialOutcome.NOT_AWARDED.name());
        }
    }
}
