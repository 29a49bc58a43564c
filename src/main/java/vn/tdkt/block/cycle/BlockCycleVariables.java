package vn.tdkt.block.cycle;

import vn.tdkt.ballot.BallotTurnoutText;
import vn.tdkt.ballot.SecretBallotHistoryFilter;

/**
 * The block-emulation-cycle process's variables by name, grouped by the step that writes them: every delegate,
 * listener, validator and test reads the names from here. BlockCycleVariablesTest checks them against
 * processes/block-emulation-cycle.bpmn and the block-*.form files it uses. The variables a cycle gives the proposals
 * it starts are the proposal's (ProposalVariables).
 */
public final class BlockCycleVariables {

    private BlockCycleVariables() { }

    // --- start form and Task_PrepareCycle: the cycle ---
    /** String: user id of who started the cycle. */
    public static final String INITIATOR = "initiator";
    /** String: the block's code (start form). */
    public static final String BLOCK_CODE = "blockCode";
    /** Integer: the emulation year (start form). */
    public static final String EMULATION_YEAR = "emulationYear";
    /** Long: the block's id in the registry. */
    public static final String BLOCK_ID = "blockId";
    /** String: the block's name, shown on the forms. */
    public static final String BLOCK_NAME = "blockName";
    /** String: the cycle's business key (shown on the minutes form). */
    public static final String CYCLE_KEY = "cycleKey";
    /** List of String: the member units' codes (collection of the per-member tasks). */
    public static final String MEMBERS = "members";
    /** String: the member unit one instance of a per-member task is for (element variable). */
    public static final String MEMBER = "member";
    /** String: name of that member unit (local to its task). */
    public static final String MEMBER_NAME = "memberName";
    /** String: code of the block's leading unit (khối trưởng), candidate group of its tasks. */
    public static final String LEADER_UNIT = "leaderUnit";
    /** String: name of the leading unit. */
    public static final String LEADER_UNIT_NAME = "leaderUnitName";
    /** Date: when the mid-year report is due (Timer_MidYear). */
    public static final String MID_YEAR_DATE = "midYearDate";
    /** Date: when the year-end scoring opens (Timer_YearEnd). */
    public static final String YEAR_END_DATE = "yearEndDate";

    // --- SubProcess_Pact: the emulation pact ---
    /** String: the pact's text, shown to each member. */
    public static final String PACT_TEXT = "pactText";
    /** Boolean: the member signed the pact (local to its task). */
    public static final String PACT_SIGNED = "pactSigned";
    /** String: the title the member registers for (local to its task). */
    public static final String REGISTERED_TITLE = "registeredTitle";
    /** String: the member's note on the pact (local to its task). */
    public static final String PACT_NOTE = "pactNote";
    /** String (multi-line): who has signed, shown to the leader. */
    public static final String PACT_STATUS = "pactStatus";
    /** Boolean: the leader closed the signing. */
    public static final String PACT_CLOSED = "pactClosed";

    // --- Task_MidYearReport, Task_ConsolidateMidYear: the mid-year review ---
    /** String: one member's mid-year report (local to its task). */
    public static final String MID_YEAR_REPORT = "midYearReport";
    /** String (multi-line): the members' reports, shown to the leader. */
    public static final String MID_YEAR_REPORTS = "midYearReports";
    /** String: the leader's mid-year summary. */
    public static final String MID_YEAR_SUMMARY = "midYearSummary";

    // --- Task_SelfScore, Task_CrossCheck, Task_CompareScores, Task_Arbitrate: the scores ---
    /** String (JSON list of score rows): the sheet a scoring form shows and returns (local to its task). */
    public static final String SCORE_ITEMS = "scoreItems";
    /** String: links to the member's evidence dossier (self-score form). */
    public static final String EVIDENCE_DOSSIER = "evidenceDossier";
    /** List of String: the checking units (collection of Task_CrossCheck). */
    public static final String CHECKERS = "checkers";
    /** String: the unit one instance of Task_CrossCheck is for (element variable). */
    public static final String CHECKER = "checker";
    /** Map of checker to target: who cross-checks whom. */
    public static final String CROSS_CHECK_TARGETS = "crossCheckTargets";
    /** String: the unit being checked or arbitrated (local to its task). */
    public static final String TARGET = "target";
    /** String: name of that unit (local to its task). */
    public static final String TARGET_NAME = "targetName";
    /** List of String: units whose self and cross scores differ too much (collection of Task_Arbitrate). */
    public static final String ARBITRATION_TARGETS = "arbitrationTargets";
    /** String: the unit one instance of Task_Arbitrate is for (element variable). */
    public static final String ARBITRATION_TARGET = "arbitrationTarget";

    // --- Task_RankScores, Task_OpenVote, SubProcess_Voting, Task_TallyVote, Task_ConfirmMinutes: ranking and vote ---
    /** String (JSON): the ranking of the block's units. */
    public static final String RANKING = "ranking";
    /** String (multi-line): the ranking as text (open-vote form). */
    public static final String RANKING_TEXT = "rankingText";
    /** String (multi-line): the units on the ballot as text (open-vote form). */
    public static final String VOTE_CANDIDATES_TEXT = "voteCandidatesText";
    /** Boolean: the leader opened the vote. */
    public static final String VOTE_OPENED = "voteOpened";
    /** String (JSON): the ballot paper the vote form shows (input secretBallot of Task_Vote). */
    public static final String BALLOT_PAPER = "ballotPaper";
    /** String: the ballot box's session id. */
    public static final String BALLOT_SESSION_ID = "ballotSessionId";
    /** String: the member unit voting (local to Task_Vote). */
    public static final String BALLOT_VOTER = "ballotVoter";
    /** String (JSON): a member's ballot, local to its task and never kept in history. */
    public static final String SECRET_BALLOT = SecretBallotHistoryFilter.PREFIX;
    /** String: how many have voted, shown on the close-vote form. */
    public static final String BALLOT_TURNOUT = BallotTurnoutText.VARIABLE;
    /** Boolean: the leader closed the vote. */
    public static final String VOTE_CLOSED = "voteClosed";
    /** String (multi-line): the minutes as text (minutes form). */
    public static final String MINUTES_TEXT = "minutesText";
    /** Boolean: the leader confirmed the minutes. */
    public static final String MINUTES_CONFIRMED = "minutesConfirmed";

    // --- the council member who supervises the block (vn.tdkt.block.supervision) ---
    /** String: user id of the supervising council member, the assignee of his tasks; null when none is assigned (local). */
    public static final String SUPERVISOR = "supervisor";
    /** List of String: the council secretary's group when no member is assigned, else empty (local). */
    public static final String SUPERVISOR_GROUPS = "supervisorGroups";
    /** String: the supervising member's name, shown on his forms (local). */
    public static final String SUPERVISOR_NAME = "supervisorName";
    /** Boolean: he attended the pact signing or the mid-year review (local to the task). */
    public static final String SUPERVISOR_ATTENDED = "supervisorAttended";
    /** String: his remarks on the pact signing or the mid-year review (local to the task). */
    public static final String SUPERVISOR_REMARKS = "supervisorRemarks";
    /** String (ISO date): first day of the inspection plan. */
    public static final String INSPECTION_FROM = "inspectionFrom";
    /** String (ISO date): last day of the inspection plan. */
    public static final String INSPECTION_TO = "inspectionTo";
    /** String (JSON list of rows unitCode, unitName, visit): the members the plan may visit (local to the task). */
    public static final String INSPECTION_ROWS = "inspectionRows";
    /** List of String: the members to visit (collection of Task_InspectVisit). */
    public static final String INSPECTION_UNITS = "inspectionUnits";
    /** String: the member one visit is for (element variable). */
    public static final String INSPECTION_UNIT = "inspectionUnit";
    /** String: that member's name (local to the visit). */
    public static final String INSPECTION_UNIT_NAME = "inspectionUnitName";
    /** String: the plan as text, shown on each visit. */
    public static final String INSPECTION_PLAN_TEXT = "inspectionPlanText";
    /** String: what the visit found (local to the visit). */
    public static final String VISIT_FINDINGS = "visitFindings";
    /** Date: when self-scoring is due (Timer_SelfScoreDue); members still scoring then are late. */
    public static final String SELF_SCORE_DUE_DATE = "selfScoreDueDate";
    /** List of String: the late members a reminder goes to (local to Task_UrgeLateMembers). */
    public static final String LATE_MEMBERS = "lateMembers";
    /** String (multi-line): the late members as text (local to Task_UrgeLateMembers). */
    public static final String LATE_MEMBERS_TEXT = "lateMembersText";
    /** String: the reminder (văn bản đôn đốc) sent to each late member (local to Task_UrgeLateMembers). */
    public static final String REMINDER_TEXT = "reminderText";
    /** String: his opinion on the suy tôn result: AGREE, AGREE_WITH_REMARKS or DISAGREE (local to the task). */
    public static final String SUPERVISOR_OPINION = "supervisorOpinion";
    /** String: his remarks or reason with the opinion (local to the task). */
    public static final String SUPERVISOR_OPINION_NOTE = "supervisorOpinionNote";
}
