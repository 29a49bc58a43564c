package vn.tdkt.block.cycle;

/**
 * Ids of block-emulation-cycle.bpmn's elements that Java code refers to: the per-member and per-target user tasks
 * and the flows leaving the leader's tasks that carry the answer checks. BlockCycleVariablesTest checks each exists
 * in the model.
 */
public final class BlockCycleSteps {

    private BlockCycleSteps() { }

    /** The process definition key. */
    public static final String PROCESS = "block-emulation-cycle";

    // --- user tasks ---
    public static final String SIGN_PACT = "Task_SignPact";
    public static final String CLOSE_PACT = "Task_ClosePact";
    public static final String MID_YEAR_REPORT = "Task_MidYearReport";
    public static final String CONSOLIDATE_MID_YEAR = "Task_ConsolidateMidYear";
    public static final String SELF_SCORE = "Task_SelfScore";
    public static final String CROSS_CHECK = "Task_CrossCheck";
    public static final String ARBITRATE = "Task_Arbitrate";
    public static final String OPEN_VOTE = "Task_OpenVote";
    public static final String VOTE = "Task_Vote";
    public static final String CLOSE_VOTE = "Task_CloseVote";
    public static final String CONFIRM_MINUTES = "Task_ConfirmMinutes";

    // --- flows leaving the leader's tasks: BlockAnswerValidator checks the answer on them ---
    public static final String FLOW_CLOSE_PACT_DONE = "Flow_ClosePact_Done";
    public static final String FLOW_CONSOLIDATE_MID_YEAR_DONE = "Flow_ConsolidateMidYear_Done";
    public static final String FLOW_OPEN_VOTE_DONE = "Flow_OpenVote_Done";
    public static final String FLOW_CLOSE_VOTE_DONE = "Flow_CloseVote_Done";
    public static final String FLOW_CONFIRM_MINUTES_DONE = "Flow_ConfirmMinutes_Done";

    // --- the supervising council member's tasks (vn.tdkt.block.supervision) ---
    public static final String SUPERVISE_PACT = "Task_SupervisePact";
    public static final String SUPERVISE_MID_YEAR = "Task_SuperviseMidYear";
    public static final String PLAN_INSPECTION = "Task_PlanInspection";
    public static final String INSPECT_VISIT = "Task_InspectVisit";
    public static final String URGE_LATE_MEMBERS = "Task_UrgeLateMembers";
    public static final String SUPERVISOR_OPINION = "Task_SupervisorOpinion";
    /** The year-end timer: its start sets the self-scoring's due date. */
    public static final String TIMER_YEAR_END = "Timer_YearEnd";
    /** The non-interrupting timer on the self-scoring that asks the supervisor to urge the late members. */
    public static final String TIMER_SELF_SCORE_DUE = "Timer_SelfScoreDue";
}
