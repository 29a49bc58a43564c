package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalStatus;
import vn.tdkt.proposal.ProposalStages;
import vn.tdkt.workflow.JsonVars;

/**
 * The council's vote per nominee, sent by the council session ({@code council-review}, message
 * {@code CouncilResult} with the variables {@code councilResults} and {@code councilMinutesRef}); nominees not
 * passed leave the proposal, and the result is kept among the proposal's events.
 */
@Component("applyCouncilResultDelegate")
public class ApplyCouncilResultDelegate implements JavaDelegate {

    private final ProposalStages stages;
    private final ProposalRepository proposals;

    public ApplyCouncilResultDelegate(ProposalStages stages, ProposalRepository proposals) {
        this.stages = stages;
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        int passed = stages.applyCouncil(key, JsonVars.listOfObjects(execution.getVariable("councilResults")),
                (String) execution.getVariable("councilMinutesRef"),
                execution.getVariable("roundNumber") instanceof Number n ? n.intValue() : 1);
        execution.setVariable("passedCount", passed);
        execution.setVariable("appraisalSummary", stages.summary(key));
        NextStageLists.prepare(execution, stages, key);
        if (passed == 0) {
            execution.setVariable("provincialOutcome", "NOT_AWARDED");
        } else {
            proposals.setStatus(key, ProposalStatus.WAITING_DECISION);
        }
    }
}
