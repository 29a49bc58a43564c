package vn.tdkt.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;
import vn.tdkt.formrules.DeployedFormRules;
import vn.tdkt.formrules.FormRules;
import vn.tdkt.proposal.ProposalVariables.AppraisalApproval;
import vn.tdkt.proposal.ProposalVariables.HeadDecision;
import vn.tdkt.registry.common.Today;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.JsonVars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static vn.tdkt.proposal.ProposalVariables.APPRAISAL;
import static vn.tdkt.proposal.ProposalVariables.APPRAISAL_ACTION;
import static vn.tdkt.proposal.ProposalVariables.APPRAISAL_APPROVAL;
import static vn.tdkt.proposal.ProposalVariables.APPRAISAL_APPROVAL_COMMENT;
import static vn.tdkt.proposal.ProposalVariables.APPRAISAL_NOTE;
import static vn.tdkt.proposal.ProposalVariables.CENTRAL_AUTHORITY;
import static vn.tdkt.proposal.ProposalVariables.CENTRAL_DECISION_DATE;
import static vn.tdkt.proposal.ProposalVariables.CENTRAL_DECISION_NUMBER;
import static vn.tdkt.proposal.ProposalVariables.CENTRAL_RESULTS;
import static vn.tdkt.proposal.ProposalVariables.CHAIRMAN_DECISION;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_AGENCY_LIST;
import static vn.tdkt.proposal.ProposalVariables.CONSULTATION_REVIEW;
import static vn.tdkt.proposal.ProposalVariables.ESCALATION_INSTRUCTION;
import static vn.tdkt.proposal.ProposalVariables.HEAD_COMMENT;
import static vn.tdkt.proposal.ProposalVariables.HEAD_DECISION;
import static vn.tdkt.proposal.ProposalVariables.INTAKE_COMMENT;
import static vn.tdkt.proposal.ProposalVariables.INTAKE_DECISION;
import static vn.tdkt.proposal.ProposalVariables.UPWARD_COMMENT;
import static vn.tdkt.proposal.ProposalVariables.UPWARD_DECISION;

/**
 * Server-side check of every answer given in a task of the proposal process. Attached as a take listener to the
 * flow leaving each user task (the flow's id names the task), so a refused answer rolls the completion back:
 * /engine-rest and Tasklist answer 400 with the Vietnamese message and the task stays open.
 */
@Component("proposalAnswerValidator")
public class ProposalAnswerValidator implements ExecutionListener {

    static final String HEAD_SIGN_FORM = "proposal-head-sign";
    static final String APPROVAL_FORM = "proposal-appraisal-approval";

    private final ProposalRepository proposals;
    private final Today today;
    private final DeployedFormRules headSignForm = new DeployedFormRules();
    private final DeployedFormRules approvalForm = new DeployedFormRules();

    public ProposalAnswerValidator(ProposalRepository proposals, Today today) {
        this.proposals = proposals;
        this.today = today;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String flow = execution.getCurrentTransitionId();
        List<String> problems = switch (flow) {
            case ProposalSteps.FLOW_HEAD_SIGN_DONE -> headSign(execution);
            case ProposalSteps.FLOW_INTAKE_DONE -> ProposalAnswerRules.intake(v(execution, INTAKE_DECISION),
                    v(execution, INTAKE_COMMENT));
            case ProposalSteps.FLOW_APPRAISE_DONE -> ProposalAnswerRules.appraisal(list(execution, APPRAISAL),
                    automaticResults(execution), v(execution, APPRAISAL_ACTION), v(execution, CONCURRENCE_AGENCY_LIST),
                    v(execution, APPRAISAL_NOTE));
            case ProposalSteps.FLOW_APPROVE_APPRAISAL_DONE -> appraisalApproval(execution);
            case ProposalSteps.FLOW_REVIEW_COMMENTS_DONE -> ProposalAnswerRules.consultationReview(
                    list(execution, CONSULTATION_REVIEW), activeCodes(execution));
            case ProposalSteps.FLOW_SIGN_UPWARD_DONE -> ProposalAnswerRules.signUpward(v(execution, UPWARD_DECISION),
                    v(execution, UPWARD_COMMENT));
            case ProposalSteps.FLOW_CHAIRMAN_DECISION_DONE -> ProposalAnswerRules.chairmanDecision(
                    list(execution, CHAIRMAN_DECISION), activeCodes(execution));
            case ProposalSteps.FLOW_RECORD_CENTRAL_DECISION_DONE -> ProposalAnswerRules.centralDecision(
                    v(execution, CENTRAL_DECISION_NUMBER), v(execution, CENTRAL_DECISION_DATE),
                    v(execution, CENTRAL_AUTHORITY), list(execution, CENTRAL_RESULTS), activeCodes(execution));
            case ProposalSteps.FLOW_ESCALATE_DONE -> ProposalAnswerRules.escalation(v(execution, ESCALATION_INSTRUCTION));
            default -> throw new IllegalStateException("No answer rules for flow " + flow);
        };
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
    }

    /**
     * The head's answer; when he signs, the tờ trình he signs (number, date, proposer) — unless the instance runs a
     * version of the process whose head-sign form did not ask for it yet (signed before the fields existed).
     */
    private List<String> headSign(DelegateExecution execution) {
        List<String> problems = new ArrayList<>(ProposalAnswerRules.headSign(v(execution, HEAD_DECISION),
                v(execution, HEAD_COMMENT)));
        if (problems.isEmpty() && HeadDecision.APPROVE.is(v(execution, HEAD_DECISION)) && formAsksForTheLetter(execution)) {
            String key = execution.getProcessBusinessKey();
            ProposalRepository.Proposal p = proposals.find(key).orElseThrow();
            LocalDate date = ProposalAnswerRules.parseDate(v(execution, SubmissionLetter.DATE));
            String number = SubmissionLetter.normalisedNumber(v(execution, SubmissionLetter.NUMBER));
            Map<String, LocalDate> sameNumber = new LinkedHashMap<>();
            if (number != null && date != null) {
                proposals.submissionsNumbered(p.unitId(), number, date.getYear(), key)
                        .forEach(e -> sameNumber.put(e.getKey(), e.getValue()));
            }
            problems.addAll(SubmissionLetter.problems(v(execution, SubmissionLetter.NUMBER), v(execution,
                    SubmissionLetter.DATE), v(execution, SubmissionLetter.PROPOSER), today.date(), p.periodYear(),
                    sameNumber));
        }
        return problems;
    }

    /**
     * The Sở head's answer; when he approves an appraisal that found someone eligible, the Sở's tờ trình to the
     * chairman (number, date) — unless the instance runs a version of the process whose form did not ask for it.
     * Whether anyone is eligible is read from the specialist's conclusions, never from a flag the client sends.
     */
    private List<String> appraisalApproval(DelegateExecution execution) {
        List<String> problems = new ArrayList<>(ProposalAnswerRules.appraisalApproval(
                v(execution, APPRAISAL_APPROVAL), v(execution, APPRAISAL_APPROVAL_COMMENT)));
        if (problems.isEmpty() && AppraisalApproval.APPROVE.is(v(execution, APPRAISAL_APPROVAL))
                && AgencySubmission.needed(list(execution, APPRAISAL))
                && formAsks(execution, approvalForm, APPROVAL_FORM, AgencySubmission.NUMBER)) {
            String key = execution.getProcessBusinessKey();
            ProposalRepository.Proposal p = proposals.find(key).orElseThrow();
            LocalDate date = ProposalAnswerRules.parseDate(v(execution, AgencySubmission.DATE));
            String number = SubmissionLetter.normalisedNumber(v(execution, AgencySubmission.NUMBER));
            Map<String, LocalDate> sameNumber = new LinkedHashMap<>();
            if (number != null && date != null) {
                proposals.agencySubmissionsNumbered(number, date.getYear(), key)
                        .forEach(e -> sameNumber.put(e.getKey(), e.getValue()));
            }
            problems.addAll(AgencySubmission.problems(v(execution, AgencySubmission.NUMBER),
                    v(execution, AgencySubmission.DATE), today.date(), p.submissionDate(), sameNumber));
        }
        return problems;
    }

    private boolean formAsksForTheLetter(DelegateExecution execution) {
        return formAsks(execution, headSignForm, HEAD_SIGN_FORM, SubmissionLetter.NUMBER);
    }

    /** Whether the form deployed with the instance's process version has the field. */
    private static boolean formAsks(DelegateExecution execution, DeployedFormRules forms, String formKey, String field) {
        ExecutionEntity entity = (ExecutionEntity) execution;
        FormRules rules = forms.rules(Context.getCommandContext(), entity.getProcessDefinition().getDeploymentId(),
                formKey, "deployment", null, execution.getTenantId());
        return rules.fields().stream().anyMatch(f -> field.equals(f.key()));
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
