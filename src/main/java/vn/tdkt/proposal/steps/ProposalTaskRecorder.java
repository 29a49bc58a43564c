package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalStatus;
import vn.tdkt.proposal.ProposalSteps;
import vn.tdkt.proposal.ProposalVariables.HeadDecision;

import java.time.Clock;
import java.util.Map;

import static vn.tdkt.proposal.ProposalVariables.AGENCY;
import static vn.tdkt.proposal.ProposalVariables.APPRAISAL_ACTION;
import static vn.tdkt.proposal.ProposalVariables.APPRAISAL_APPROVAL;
import static vn.tdkt.proposal.ProposalVariables.APPRAISAL_APPROVAL_COMMENT;
import static vn.tdkt.proposal.ProposalVariables.APPRAISAL_NOTE;
import static vn.tdkt.proposal.ProposalVariables.CENTRAL_DECISION_NUMBER;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_NOTE;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_OPINION;
import static vn.tdkt.proposal.ProposalVariables.ESCALATION_INSTRUCTION;
import static vn.tdkt.proposal.ProposalVariables.HEAD_COMMENT;
import static vn.tdkt.proposal.ProposalVariables.HEAD_DECISION;
import static vn.tdkt.proposal.ProposalVariables.INTAKE_COMMENT;
import static vn.tdkt.proposal.ProposalVariables.INTAKE_DECISION;
import static vn.tdkt.proposal.ProposalVariables.OFFICER_NOTE;
import static vn.tdkt.proposal.ProposalVariables.ROUND_NUMBER;
import static vn.tdkt.proposal.ProposalVariables.UPWARD_COMMENT;
import static vn.tdkt.proposal.ProposalVariables.UPWARD_DECISION;

/**
 * Keeps one event per completed task of a proposal (stage, answer, note, who, when, round) in the project's
 * own table, so every round of returns stays readable after Camunda's history is cleaned up.
 */
@Component("proposalTaskRecorder")
public class ProposalTaskRecorder implements TaskListener {

    private final Clock clock;

    /** Per task: the variable holding the answer and the one holding the note. */
    private static final Map<String, String[]> ANSWERS = Map.ofEntries(
            Map.entry(ProposalSteps.COMPLETE_DOSSIER, new String[]{null, OFFICER_NOTE}),
            Map.entry(ProposalSteps.HEAD_SIGN, new String[]{HEAD_DECISION, HEAD_COMMENT}),
            Map.entry(ProposalSteps.INTAKE, new String[]{INTAKE_DECISION, INTAKE_COMMENT}),
            Map.entry(ProposalSteps.APPRAISE, new String[]{APPRAISAL_ACTION, APPRAISAL_NOTE}),
            Map.entry(ProposalSteps.RECORD_CONCURRENCE, new String[]{CONCURRENCE_OPINION, CONCURRENCE_NOTE}),
            Map.entry(ProposalSteps.APPROVE_APPRAISAL, new String[]{APPRAISAL_APPROVAL, APPRAISAL_APPROVAL_COMMENT}),
            Map.entry(ProposalSteps.REVIEW_COMMENTS, new String[]{null, null}),
            Map.entry(ProposalSteps.SIGN_UPWARD, new String[]{UPWARD_DECISION, UPWARD_COMMENT}),
            Map.entry(ProposalSteps.CHAIRMAN_DECISION, new String[]{null, null}),
            Map.entry(ProposalSteps.RECORD_CENTRAL_DECISION, new String[]{null, CENTRAL_DECISION_NUMBER}),
            Map.entry(ProposalSteps.ESCALATE, new String[]{null, ESCALATION_INSTRUCTION}));

    private final ProposalRepository proposals;
    private final IdentityService identityService;

    public ProposalTaskRecorder(ProposalRepository proposals, IdentityService identityService, Clock clock) {

        this.clock = clock;
        this.proposals = proposals;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String stage = task.getTaskDefinitionKey();
        String[] vars = ANSWERS.getOrDefault(stage, new String[]{null, null});
        Object answer = vars[0] == null ? "DONE" : task.getVariable(vars[0]);
        Object note = vars[1] == null ? null : task.getVariable(vars[1]);
        if (ProposalSteps.RECORD_CONCURRENCE.equals(stage)) {
            note = task.getVariable(AGENCY) + (note == null ? "" : ": " + note);
        }
        var auth = identityService.getCurrentAuthentication();
        String actor = auth != null ? auth.getUserId() : task.getAssignee();
        Object round = task.getVariable(ROUND_NUMBER);
        String key = task.getExecution().getProcessBusinessKey();
        proposals.event(new ProposalRepository.Event(key, round instanceof Number n ? n.intValue() : 1,
                stage, answer == null ? "?" : truncate(answer.toString(), 30), note == null ? null
                : truncate(note.toString(), 4000), actor, clock.instant()));
        if (ProposalSteps.HEAD_SIGN.equals(stage) && HeadDecision.APPROVE.is(answer)) {
            proposals.changeStatus(key, ProposalStatus.WAITING_INTAKE);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
