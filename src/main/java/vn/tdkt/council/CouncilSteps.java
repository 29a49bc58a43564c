package vn.tdkt.council;

/**
 * Ids of council-review.bpmn's elements that Java code refers to: its user tasks and the flows leaving them that
 * carry the answer checks and the minutes' recording. CouncilVariablesTest checks each exists in the model.
 */
public final class CouncilSteps {

    private CouncilSteps() { }

    /** The process definition key. */
    public static final String PROCESS = "council-review";

    // --- user tasks ---
    public static final String SELECT_CANDIDATES = "Task_SelectCandidates";
    public static final String ATTENDANCE = "Task_Attendance";
    public static final String POSTPONE = "Task_Postpone";
    public static final String VOTE = "Task_Vote";
    public static final String WRITTEN_BALLOT = "Task_WrittenBallot";
    public static final String CLOSE_VOTING = "Task_CloseVoting";
    public static final String MINUTES_SECRETARY = "Task_MinutesSecretary";
    public static final String MINUTES_CHAIR = "Task_MinutesChair";

    // --- flows leaving user tasks (and the start event): CouncilAnswerValidator checks the answer on them ---
    public static final String FLOW_START = "Flow_Start";
    public static final String FLOW_SELECT_CANDIDATES_DONE = "Flow_SelectCandidates_Done";
    public static final String FLOW_ATTENDANCE_DONE = "Flow_Attendance_Done";
    public static final String FLOW_POSTPONE_DONE = "Flow_Postpone_Done";
    public static final String FLOW_CLOSE_VOTING_DONE = "Flow_CloseVoting_Done";
    public static final String FLOW_MINUTES_SECRETARY_DONE = "Flow_MinutesSecretary_Done";
    public static final String FLOW_MINUTES_CHAIR_DONE = "Flow_MinutesChair_Done";
}
