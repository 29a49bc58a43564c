package vn.tdkt.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.JsonVars;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Server-side check of every answer given in a task of the proposal process. Attached as a take listener to the
 * flow leaving each user task (the flow's id names the task), so a refused answer rolls the completion back:
 * /engine-rest and Tasklist answer 400 with the Vietnamese message and the task stays open.
 */
@Component("proposalAnswerValidator")
public class ProposalAnswerValidator implements ExecutionListener {

    private final ProposalRepository proposals;

    public ProposalAnswerValidator(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String flow = execution.getCurrentTransitionId();
        List<String> problems = switch (flow) {
            case "Flow_HeadSign_Done" -> ProposalAnswerRules.headSign(v(execution, "headDecision"),
                    v(execution, "headComment"));
            case "Flow_Intake_Done" -> ProposalAnswerRules.intake(v(execution, "intakeDecision"),
                    v(execution, "intakeComment"));
            case "Flow_Appraise_Done" -> ProposalAnswerRules.appraisal(list(execution, "appraisal"),
                    automaticResults(execution), v(execution, "appraisalAction"), v(execution, "concurrenceAgencyList"),
                    v(execution, "appraisalNote"));
            case "Flow_ApproveAppraisal_Done" -> ProposalAnswerRules.appraisalApproval(
                    v(execution, "appraisalApproval"), v(execution, "appraisalApprovalComment"));
            case "Flow_ReviewComments_Done" -> ProposalAnswerRules.consultationReview(
                    list(execution, "consultationReview"), activeCodes(execution));
            case "Flow_SignUpward_Done" -> ProposalAnswerRules.signUpward(v(execution, "upwardDecision"),
                    v(execution, "upwardComment"));
            case "Flow_ChairmanDecision_Done" -> ProposalAnswerRules.chairmanDecision(
                    list(execution, "chairmanDecision"), activeCodes(execution));
            case "Flow_RecordCentralDecision_Done" -> ProposalAnswerRules.centralDecision(
                    v(execution, "centralDecisionNumber"), v(execution, "centralDecisionDate"),
                    v(execution, "centralAuthority"), list(execution, "centralResults"), activeCodes(execution));
            case "Flow_Escalate_Done" -> ProposalAnswerRules.escalation(v(execution, "escalationInstruction"));
            default -> throw new IllegalStateException("No answer rules for flow " + flow);
        };
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
    }

    private Map<String, Boolean> automaticResults(DelegateExecution execution) {
        Map<String, Boolean> auto = new LinkedHashMap<>();
        for (ProposalRepository.Nominee n : proposals.nominees(execution.getProcessBusinessKey())) {
            auto.put(n.nomineeCode(), Boolean.TRUE.equals(n.eligible()));
        }
        return auto;
    }

    private Set<String> activeCodes(DelegateExecution execution) {
        return proposals.nominees(execution.getProcessBusinessKey()).stream()
                .filter(ProposalRepository.Nominee::active).map(ProposalRepository.Nominee::nomineeCode)
                .collect(Collectors.toSet());
    }

    private static Object v(DelegateExecution execution, String name) {
        return execution.getVariable(name);
    }

    private static List<Map<String, Object>> list(DelegateExecution execution, String name) {
        return JsonVars.listOfObjects(execution.getVariable(name));
    }
}
