package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.tdkt.proposal.ProposalStages;
import vn.tdkt.workflow.JsonVars;

import java.util.HashMap;
import java.util.Map;

import static vn.tdkt.proposal.ProposalVariables.CENTRAL_RESULTS;
import static vn.tdkt.proposal.ProposalVariables.CHAIRMAN_DECISION;
import static vn.tdkt.proposal.ProposalVariables.CONSULTATION_REVIEW;
import static vn.tdkt.proposal.ProposalVariables.COUNCIL_RESULTS;

/** Prefills the per-nominee lists of the council, consultation, chairman and central-decision tasks. */
final class NextStageLists {

    private NextStageLists() { }

    static void prepare(DelegateExecution execution, ProposalStages stages, String key) {
        Map<String, Object> council = new HashMap<>();
        council.put("yesVotes", null);
        council.put("totalMembers", null);
        council.put("passed", null);
        execution.setVariable(COUNCIL_RESULTS, JsonVars.json(stages.activeItems(key, council)));
        execution.setVariable(CONSULTATION_REVIEW, JsonVars.json(stages.activeItems(key,
                Map.of("action", "TIEP_TUC", "reason", ""))));
        execution.setVariable(CHAIRMAN_DECISION, JsonVars.json(stages.activeItems(key,
                Map.of("approve", "DONG_Y", "note", ""))));
        execution.setVariable(CENTRAL_RESULTS, JsonVars.json(stages.activeItems(key, Map.of("awarded", "CO"))));
    }
}
