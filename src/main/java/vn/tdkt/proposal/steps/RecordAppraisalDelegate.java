package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalStages;
import vn.tdkt.proposal.ProposalStatus;
import vn.tdkt.proposal.ProposalVariables.ProvincialOutcome;
import vn.tdkt.workflow.JsonVars;

import static vn.tdkt.proposal.ProposalVariables.APPRAISAL;
import static vn.tdkt.proposal.ProposalVariables.APPRAISAL_SUMMARY;
import static vn.tdkt.proposal.ProposalVariables.ELIGIBLE_COUNT;
import static vn.tdkt.proposal.ProposalVariables.PROVINCIAL_OUTCOME;

/**
 * The approved appraisal: per-nominee conclusions are kept (overrides with their justification) and the lists of
 * the next tasks (council, consultation, chairman) are prepared from the nominees found eligible.
 */
@Component("recordAppraisalDelegate")
public class RecordAppraisalDelegate implements JavaDelegate {

    private final ProposalStages stages;
    private final ProposalRepository proposals;

    public RecordAppraisalDelegate(ProposalStages stages, ProposalRepository proposals) {
        this.stages = stages;
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        int eligible = stages.recordAppraisal(key, JsonVars.listOfObjects(execution.getVariable(APPRAISAL)));
        execution.setVariable(ELIGIBLE_COUNT, eligible);
        execution.setVariable(APPRAISAL_SUMMARY, stages.summary(key));
        NextStageLists.prepare(execution, stages, key);
        if (eligible == 0) {
            execution.setVariable(PROVINCIAL_OUTCOME, ProvincialOutcome.NOT_AWARDED.name());
        }
        proposals.changeStatus(key, eligible == 0 ? ProposalStatus.APPRAISED : ProposalStatus.WAITING_DECISION);
    }
}
