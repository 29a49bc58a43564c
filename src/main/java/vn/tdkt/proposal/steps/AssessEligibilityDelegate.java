package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalStages;
import vn.tdkt.proposal.ProposalStartRules;
import vn.tdkt.workflow.JsonVars;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static vn.tdkt.proposal.ProposalVariables.APPRAISAL;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_SUMMARY;
import static vn.tdkt.proposal.ProposalVariables.ELIGIBILITY_SUMMARY;
import static vn.tdkt.proposal.ProposalVariables.LED_BLOCK_UNITS;

/**
 * Evaluates the eligibility table for every nominee and prefills the specialist's appraisal list. A proposal
 * started by the block cycle names the units that led their block ({@code ledBlockUnits}).
 */
@Component("assessEligibilityDelegate")
public class AssessEligibilityDelegate implements JavaDelegate {

    private final ProposalStages stages;

    public AssessEligibilityDelegate(ProposalStages stages) {
        this.stages = stages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        var led = new HashSet<>(ProposalStartRules.codesOf(execution.getVariable(LED_BLOCK_UNITS)));
        List<Map<String, Object>> items = stages.assess(key, led);
        execution.setVariable(APPRAISAL, JsonVars.json(items));
        execution.setVariable(ELIGIBILITY_SUMMARY, stages.summary(key));
        execution.setVariable(CONCURRENCE_SUMMARY, "Chưa hỏi ý kiến hiệp y.");
    }
}
