package vn.tdkt.proposal;

/**
 * Ids of commendation-proposal.bpmn's elements that Java code refers to (tasks, the flows leaving user tasks that
 * carry the answer checks, timers, the council's message). ProposalVariablesTest checks each exists in the model.
 */
public final class ProposalSteps {

    private ProposalSteps() { }

    /** The process definition key. */
    public static final String PROCESS = "commendation-proposal";

    // --- user tasks ---
    public static final String COMPLETE_DOSSIER = "Task_CompleteDossier";
    public static final String HEAD_SIGN = "Task_HeadSign";
    public static final String INTAKE = "Task_Intake";
    public static final String APPRAISE = "Task_Appraise";
    public static final String RECORD_CONCURRENCE = "Task_RecordConcurrence";
    public static final String APPROVE_APPRAISAL = "Task_ApproveAppraisal";
    public static final String CHAIRMAN_DECISION = "Task_ChairmanDecision";
    public static final String REVIEW_COMMENTS = "Task_ReviewComments";
    public static final String SIGN_UPWARD = "Task_SignUpward";
    public static final String RECORD_CENTRAL_DECISION = "Task_RecordCentralDecision";
    public static final String ESCALATE = "Task_Escalate";

    // --- service and receive tasks whose id a shared delegate tells apart ---
    public static final String RETURN_BY_HEAD = "Task_ReturnByHead";
    public static final String RETURN_BY_INTAKE = "Task_ReturnByIntake";
    public static final String RETURN_BY_APPRAISAL = "Task_ReturnByAppraisal";
    public static final String NOTIFY_AWARDED = "Task_NotifyAwarded";
    public static final String NOTIFY_CENTRAL = "Task_NotifyCentral";
    public static final String NOTIFY_NOT_AWARDED = "Task_NotifyNotAwarded";
    public static final String AWAIT_COUNCIL = "Task_AwaitCouncil";
    public static final String TIMER_CONSULTATION_WINDOW = "Timer_ConsultationWindow";

    // --- flows leaving user tasks: ProposalAnswerValidator checks the answer on them ---
    public static final String FLOW_HEAD_SIGN_DONE = "Flow_HeadSign_Done";
    public static final String FLOW_INTAKE_DONE = "Flow_Intake_Done";
    public static final String FLOW_APPRAISE_DONE = "Flow_Appraise_Done";
    public static final String FLOW_APPROVE_APPRAISAL_DONE = "Flow_ApproveAppraisal_Done";
    public static final String FLOW_REVIEW_COMMENTS_DONE = "Flow_ReviewComments_Done";
    public static final String FLOW_SIGN_UPWARD_DONE = "Flow_SignUpward_Done";
    public static final String FLOW_CHAIRMAN_DECISION_DONE = "Flow_ChairmanDecision_Done";
    public static final String FLOW_RECORD_CENTRAL_DECISION_DONE = "Flow_RecordCentralDecision_Done";
    public static final String FLOW_ESCALATE_DONE = "Flow_Escalate_Done";

    /** The message (name) a council session sends to Task_AwaitCouncil with its result. */
    public static final String COUNCIL_RESULT_MESSAGE = "CouncilResult";
}
