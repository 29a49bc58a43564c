package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalStatus;

import java.util.Map;

/**
 * Keeps one event per completed task of a proposal (stage, answer, note, who, when, round) in the project's
 * own table, so every round of returns stays readable after Camunda's history is cleaned up.
 */
@Component("proposalTaskRecorder")
public class ProposalTaskRecorder implements TaskListener {

    /** Per task: the variable holding the answer and the one holding the note. */
    private static final Map<String, String[]> ANSWERS = Map.ofEntries(
            Map.entry("Task_CompleteDossier", new String[]{null, "officerNote"}),
            Map.entry("Task_HeadSign", new String[]{"headDecision", "headComment"}),
            Map.entry("Task_Intake", new String[]{"intakeDecision", "intakeComment"}),
            Map.entry("Task_Appraise", new String[]{"appraisalAction", "appraisalNote"}),
            Map.entry("Task_RecordConcurrence", new String[]{"concurrenceOpinion", "concurrenceNote"}),
            Map.entry("Task_ApproveAppraisal", new String[]{"appraisalApproval", "appraisalApprovalComment"}),
            Map.entry("Task_ReviewComments", new String[]{null, null}),
            Map.entry("Task_SignUpward", new String[]{"upwardDecision", "upwardComment"}),
            Map.entry("Task_ChairmanDecision", new String[]{null, null}),
            Map.entry("Task_RecordCentralDecision", new String[]{null, "centralDecisionNumber"}),
            Map.entry("Task_Escalate", new String[]{null, "escalationInstruction"}));

    private final ProposalRepository proposals;
    private final IdentityService identityService;

    public ProposalTaskRecorder(ProposalRepository proposals, IdentityService identityService) {
        this.proposals = proposals;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String stage = task.getTaskDefinitionKey();
        String[] vars = ANSWERS.getOrDefault(stage, new String[]{null, null});
        Object answer = vars[0] == null ? "DONE" : task.getVariable(vars[0]);
        Object note = vars[1] == null ? null : task.getVariable(vars[1]);
        if ("Task_RecordConcurrence".equals(stage)) {
            note = task.getVariable("agency") + (note == null ? "" : ": " + note);
        }
        var auth = identityService.getCurrentAuthentication();
        String actor = auth != null ? auth.getUserId() : task.getAssignee();
        Object round = task.getVariable("roundNumber");
        String key = task.getExecution().getProcessBusinessKey();
        proposals.event(new ProposalRepository.Event(key, round instanceof Number n ? n.intValue() : 1,
                stage, answer == null ? "?" : truncate(answer.toString(), 30), note == null ? null
                : truncate(note.toString(), 4000), actor, ClockUtil.getCurrentTime().toInstant()));
        if ("Task_HeadSign".equals(stage) && "APPROVE".equals(answer)) {
            proposals.setStatus(key, ProposalStatus.WAITING_INTAKE);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
