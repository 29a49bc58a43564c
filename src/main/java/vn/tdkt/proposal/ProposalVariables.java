package vn.tdkt.proposal;

import vn.tdkt.rules.RuleDates;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The commendation-proposal process's variables by name, grouped by the step that writes them: every delegate,
 * listener, validator and test reads the names from here. ProposalVariablesTest checks them against
 * processes/commendation-proposal.bpmn and the proposal-*.form files it uses.
 */
public final class ProposalVariables {

    private ProposalVariables() { }

    // --- start form and Task_PrepareProposal: the proposal as started ---
    /** String: user id of the officer who started the proposal (assignee of Task_CompleteDossier). */
    public static final String INITIATOR = "initiator";
    /** String (JSON list of strings): nominee codes picked on the start form. */
    public static final String NOMINEE_CODES = "nomineeCodes";
    /** String: CA_NHAN or TAP_THE (commendation kind, start form). */
    public static final String COMMENDATION_KIND = "commendationKind";
    /** String: award type code (start form, e.g. BK_TINH). */
    public static final String AWARD_TYPE = "awardType";
    /** Integer: the emulation year the proposal is for. */
    public static final String PERIOD_YEAR = "periodYear";
    /** String: the achievements the unit puts forward. */
    public static final String ACHIEVEMENT_SUMMARY = "achievementSummary";
    /** List of String: units that led an emulation block that year (from a block cycle's start). */
    public static final String LED_BLOCK_UNITS = "ledBlockUnits";
    /** String: the block cycle that started the proposal (none when a unit started it). */
    public static final String BLOCK_CYCLE_KEY = "blockCycleKey";
    /** Long: the emulation movement whose final review (tổng kết) started this proposal; absent otherwise. */
    public static final String MOVEMENT_ID = "movementId";
    /** String: the proposal's business key shown on forms (e.g. DN-2026-0001). */
    public static final String PROPOSAL_KEY = "proposalKey";
    /** String: code of the proposing unit (candidate groups unit-officer.${unitCode}, unit-head.${unitCode}). */
    public static final String UNIT_CODE = "unitCode";
    /** String: name of the proposing unit. */
    public static final String UNIT_NAME = "unitName";
    /** String: the award type's Vietnamese name. */
    public static final String AWARD_TYPE_NAME = "awardTypeName";
    /** String: TINH or TRUNG_UONG, who decides the award (Gateway_Route). */
    public static final String DECIDING_LEVEL = "decidingLevel";
    /** String: CA_NHAN or TAP_THE, the kind of nominee (DMN input). */
    public static final String RECIPIENT_KIND = "recipientKind";
    /** String (multi-line): the nominees, one a line, shown on every form. */
    public static final String NOMINEE_LIST = "nomineeList";
    /** String: where the proposal stands at the province, see {@link ProvincialOutcome}. */
    public static final String PROVINCIAL_OUTCOME = "provincialOutcome";
    /** String (ISO date): the day whose rules judge the proposal. */
    public static final String JUDGED_ON = RuleDates.VARIABLE;
    /** Map: output of the required-documents decision (Task_RequiredDocuments). */
    public static final String REQUIRED_DOCUMENTS = "requiredDocuments";

    // --- Task_CompleteDossier, Task_SubmitDossier, Task_HeadSign: the unit's dossier ---
    /** Integer: the dossier's round, 1 and one more on each return. */
    public static final String ROUND_NUMBER = "roundNumber";
    /** String: why the dossier came back (shown to the officer). */
    public static final String RETURN_REASON = "returnReason";
    /** String (multi-line): the dossier's documents and what is missing. */
    public static final String DOSSIER_STATUS = "dossierStatus";
    /** String: the officer's note on completing the dossier. */
    public static final String OFFICER_NOTE = "officerNote";
    /** String: the head's answer, see {@link HeadDecision}. */
    public static final String HEAD_DECISION = "headDecision";
    /** String: the head's comment (required on a return). */
    public static final String HEAD_COMMENT = "headComment";
    /** String: number of the unit's tờ trình, given when the head signs. */
    public static final String SUBMISSION_NUMBER = "submissionNumber";
    /** String (date): day of the unit's tờ trình. */
    public static final String SUBMISSION_DATE = "submissionDate";
    /** String: who proposes in the unit's tờ trình. */
    public static final String SUBMISSION_PROPOSER = "submissionProposer";
    /** String: the unit's tờ trình as one line, shown to later steps. */
    public static final String SUBMISSION_TEXT = "submissionText";

    // --- Task_Intake, Task_AcceptDossier: the Sở Nội vụ's intake and clock ---
    /** String: the intake's answer, see {@link IntakeDecision}. */
    public static final String INTAKE_DECISION = "intakeDecision";
    /** String: the intake's comment (required on a return). */
    public static final String INTAKE_COMMENT = "intakeComment";
    /** Date: when the dossier must be settled (due date of the provincial tasks). */
    public static final String PROCESSING_DUE_DATE = "processingDueDate";
    /** String: the processing due date in Vietnamese words. */
    public static final String PROCESSING_DUE_TEXT = "processingDueText";
    /** Date: when to remind before the processing due date (Timer_Reminder). */
    public static final String REMINDER_DATE = "reminderDate";
    /** String (ISO date): the day the clock (re)started on acceptance. */
    public static final String PROCESSING_ACCEPTED_ON = "processingAcceptedOn";
    /** Integer: working days the clock ran before returns. */
    public static final String PROCESSING_DAYS_USED = "processingDaysUsed";
    /** String: the standing officer's instruction on an overdue dossier (Task_Escalate). */
    public static final String ESCALATION_INSTRUCTION = "escalationInstruction";

    // --- Task_AssessEligibility, Task_Appraise, Task_ApproveAppraisal, Task_RecordAppraisal: the appraisal ---
    /** String (multi-line): the automatic eligibility results per nominee. */
    public static final String ELIGIBILITY_SUMMARY = "eligibilitySummary";
    /** String (JSON list of rows nomineeCode, nomineeName, autoResult, conclusion, justification): the appraisal. */
    public static final String APPRAISAL = "appraisal";
    /** String: the specialist's next step, see {@link AppraisalAction}. */
    public static final String APPRAISAL_ACTION = "appraisalAction";
    /** String: the specialist's note (the reason on a return). */
    public static final String APPRAISAL_NOTE = "appraisalNote";
    /** String (multi-line): the appraisal's conclusions as text, shown to later steps. */
    public static final String APPRAISAL_SUMMARY = "appraisalSummary";
    /** String: the Sở's head's answer, see {@link AppraisalApproval}. */
    public static final String APPRAISAL_APPROVAL = "appraisalApproval";
    /** String: the Sở's head's comment. */
    public static final String APPRAISAL_APPROVAL_COMMENT = "appraisalApprovalComment";
    /** String: number of the Sở's tờ trình to the chairman. */
    public static final String AGENCY_SUBMISSION_NUMBER = "agencySubmissionNumber";
    /** String (date): day of the Sở's tờ trình. */
    public static final String AGENCY_SUBMISSION_DATE = "agencySubmissionDate";
    /** String: the Sở's tờ trình as one line, shown to the chairman. */
    public static final String AGENCY_SUBMISSION_TEXT = "agencySubmissionText";
    /** Boolean: whether the Sở writes a tờ trình to the chairman (hides its fields on the approval form). */
    public static final String AGENCY_LETTER_NEEDED = "agencyLetterNeeded";
    /** Integer: nominees found eligible by the approved appraisal (Gateway_AnyEligible). */
    public static final String ELIGIBLE_COUNT = "eligibleCount";

    // --- Task_OpenConcurrence, Task_RecordConcurrence: hiệp y ---
    /** String (multi-line): agencies the specialist asks, one a line (appraisal form). */
    public static final String CONCURRENCE_AGENCY_LIST = "concurrenceAgencyList";
    /** List of String: the agencies asked (multi-instance collection of Task_RecordConcurrence). */
    public static final String CONCURRENCE_AGENCIES = "concurrenceAgencies";
    /** String: the agency one instance of Task_RecordConcurrence asks (its element variable). */
    public static final String AGENCY = "agency";
    /** Date: when the agencies must answer (Timer_ConcurrenceDeadline). */
    public static final String CONCURRENCE_DUE_DATE = "concurrenceDueDate";
    /** String: one agency's opinion (local to its task), see {@link ConcurrenceOpinion}. */
    public static final String CONCURRENCE_OPINION = "concurrenceOpinion";
    /** String: one agency's note (local to its task). */
    public static final String CONCURRENCE_NOTE = "concurrenceNote";
    /** Integer: agencies that answered. */
    public static final String CONCURRENCE_ANSWERED = "concurrenceAnswered";
    /** String (multi-line): the agencies' answers, shown to the specialist. */
    public static final String CONCURRENCE_SUMMARY = "concurrenceSummary";

    // --- Task_NeedsCouncil, Task_AwaitCouncil, Task_ApplyCouncilResult: the provincial council ---
    /** Map with needsCouncil (Boolean): output of the needs-council decision (Gateway_NeedsCouncil). */
    public static final String COUNCIL_RULE = "councilRule";
    /** String (JSON list of rows nomineeCode, passed, ...): the council's votes, sent with the CouncilResult message. */
    public static final String COUNCIL_RESULTS = "councilResults";
    /** String: the council minutes' reference, sent with the message. */
    public static final String COUNCIL_MINUTES_REF = "councilMinutesRef";
    /** String (ISO date): the council meeting's day, sent with the message. */
    public static final String COUNCIL_MINUTES_DATE = "councilMinutesDate";
    /** String: the council session's business key, sent with the message. */
    public static final String COUNCIL_SESSION_KEY = "councilSessionKey";
    /** String: the council's minutes and result as one line, shown to the chairman. */
    public static final String COUNCIL_TEXT = "councilText";
    /** Integer: nominees the council passed (Gateway_AnyPassed). */
    public static final String PASSED_COUNT = "passedCount";

    // --- Task_ChairmanDecision, Task_RecordChairmanDecision, Task_IssueDecision: the chairman's decision ---
    /** String (JSON list of rows nomineeCode, nomineeName, appraisal, approve, note): the chairman's answer. */
    public static final String CHAIRMAN_DECISION = "chairmanDecision";
    /** Integer: nominees the chairman approved. */
    public static final String APPROVED_COUNT = "approvedCount";
    /** String: user id of who decided (the decision's signature block). */
    public static final String DECIDED_BY = "decidedBy";
    /** Long: the issued decision's id in the decision register. */
    public static final String DECISION_ID = "decisionId";
    /** String: the issued decision's number. */
    public static final String DECISION_NUMBER = "decisionNumber";
    /** String: the issued decision's day in Vietnamese. */
    public static final String DECISION_DATE_TEXT = "decisionDateText";

    // --- Task_OpenConsultation, Task_ReviewComments, Task_ApplyConsultation: public consultation ---
    /** Date: end of the consultation window (Timer_ConsultationWindow). */
    public static final String CONSULTATION_ENDS_AT = "consultationEndsAt";
    /** String: end of the consultation window in Vietnamese. */
    public static final String CONSULTATION_ENDS_TEXT = "consultationEndsText";
    /** String (multi-line): the public's comments, shown to the specialist. */
    public static final String CONSULTATION_COMMENTS = "consultationComments";
    /** String (JSON list of rows nomineeCode, nomineeName, action, reason): what the review does per nominee. */
    public static final String CONSULTATION_REVIEW = "consultationReview";
    /** Integer: nominees left after the consultation (Gateway_AnyRemaining). */
    public static final String REMAINING_COUNT = "remainingCount";

    // --- Task_SignUpward, Task_ForwardUpward, Task_RecordCentralDecision: awards decided centrally ---
    /** String: the chairman's answer on the upward tờ trình, see {@link UpwardDecision}. */
    public static final String UPWARD_DECISION = "upwardDecision";
    /** String: the chairman's comment on the upward tờ trình. */
    public static final String UPWARD_COMMENT = "upwardComment";
    /** Date: when the dossier went up. */
    public static final String FORWARDED_AT = "forwardedAt";
    /** String: number of the central decision. */
    public static final String CENTRAL_DECISION_NUMBER = "centralDecisionNumber";
    /** String (date): day of the central decision. */
    public static final String CENTRAL_DECISION_DATE = "centralDecisionDate";
    /** String: who decided centrally. */
    public static final String CENTRAL_AUTHORITY = "centralAuthority";
    /** String (JSON list of rows nomineeCode, nomineeName, awarded): the central result per nominee. */
    public static final String CENTRAL_RESULTS = "centralResults";
    /** Integer: nominees awarded centrally. */
    public static final String CENTRAL_AWARDED_COUNT = "centralAwardedCount";

    /** Set by an award revocation when an award of a nominee was annulled: the warning the appraisal form shows. */
    public static final String REVOCATION_WARNING = "revocationWarning";

    /** Values of {@link #PROVINCIAL_OUTCOME} (as Task_PrepareProposal and the recording steps set it and Gateway_Outcome tests it). */
    public enum ProvincialOutcome {
        PENDING, DECIDED, UPWARD, NOT_AWARDED;

        /** Whether the variable's value is this one. */
        public boolean is(Object value) {
            return name().equals(value);
        }

        /** All values as the form and the model spell them. */
        public static Set<String> names() {
            return ProposalVariables.names(values());
        }
    }

    /** Values of {@link #HEAD_DECISION} (proposal-head-sign form, Gateway_HeadSign). */
    public enum HeadDecision {
        APPROVE, RETURN;

        /** Whether the variable's value is this one. */
        public boolean is(Object value) {
            return name().equals(value);
        }

        /** All values as the form and the model spell them. */
        public static Set<String> names() {
            return ProposalVariables.names(values());
        }
    }

    /** Values of {@link #INTAKE_DECISION} (proposal-intake form, Gateway_Intake). */
    public enum IntakeDecision {
        ACCEPT, RETURN;

        /** Whether the variable's value is this one. */
        public boolean is(Object value) {
            return name().equals(value);
        }

        /** All values as the form and the model spell them. */
        public static Set<String> names() {
            return ProposalVariables.names(values());
        }
    }

    /** Values of {@link #APPRAISAL_ACTION} (proposal-appraisal form, Gateway_AppraisalAction). */
    public enum AppraisalAction {
        CONCLUDE, CONCURRENCE, RETURN;

        /** Whether the variable's value is this one. */
        public boolean is(Object value) {
            return name().equals(value);
        }

        /** All values as the form and the model spell them. */
        public static Set<String> names() {
            return ProposalVariables.names(values());
        }
    }

    /** Values of {@link #APPRAISAL_APPROVAL} (proposal-appraisal-approval form, Gateway_AppraisalApproved). */
    public enum AppraisalApproval {
        APPROVE, REVISE;

        /** Whether the variable's value is this one. */
        public boolean is(Object value) {
            return name().equals(value);
        }

        /** All values as the form and the model spell them. */
        public static Set<String> names() {
            return ProposalVariables.names(values());
        }
    }

    /** Values of {@link #CONCURRENCE_OPINION} (proposal-concurrence form). */
    public enum ConcurrenceOpinion {
        DONG_Y, KHONG_DONG_Y;

        /** Whether the variable's value is this one. */
        public boolean is(Object value) {
            return name().equals(value);
        }

        /** All values as the form and the model spell them. */
        public static Set<String> names() {
            return ProposalVariables.names(values());
        }
    }

    /** Values of {@link #UPWARD_DECISION} (proposal-sign-upward form). */
    public enum UpwardDecision {
        SIGN, DECLINE;

        /** Whether the variable's value is this one. */
        public boolean is(Object value) {
            return name().equals(value);
        }

        /** All values as the form and the model spell them. */
        public static Set<String> names() {
            return ProposalVariables.names(values());
        }
    }

    /** The names of an outcome's values, in order; contains(null) answers false. */
    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new LinkedHashSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return Collections.unmodifiableSet(names);
    }
}
