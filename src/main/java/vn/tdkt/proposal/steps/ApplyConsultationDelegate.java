package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalStages;
import vn.tdkt.proposal.ProposalVariables.ProvincialOutcome;
import vn.tdkt.workflow.JsonVars;

import static vn.tdkt.proposal.ProposalVariables.APPRAISAL_SUMMARY;
import static vn.tdkt.proposal.ProposalVariables.CONSULTATION_REVIEW;
import static vn.tdkt.proposal.ProposalVariables.PROVINCIAL_OUTCOME;
import static vn.tdkt.proposal.ProposalVariables.REMAINING_COUNT;

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
        int remaining = stages.applyConsultation(key, JsonVars.listOfObjects(execution.getVariable(CONSULTATION_REVIEW)));
        execution.setVariable(REMAINING_COUNT, remaining);
        execution.setVariable(APPRAISAL_SUMMARY, stages.summary(key));
        NextStageLists.prepare(execution, stages, key);
        if (remaining == 0) {
            execution.setVariable(PROVINCIAL_OUTCOME, ProvincialOutcome.NOT_AWARDED.name());
        }
    }
}
