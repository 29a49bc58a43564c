package vn.tdkt.movement;

/**
 * The emulation-movement process's variables by name; every delegate, listener and validator reads the names from
 * here. MovementVariablesTest checks them against processes/emulation-movement.bpmn and the movement-*.form files.
 */
final class MovementVariables {

    /** The process definition key. */
    static final String PROCESS = "emulation-movement";

    // --- the draft (start form, revise form) ---
    /** String: user id of the officer who drafted the movement (assignee of the revise task). */
    static final String INITIATOR = "initiator";
    static final String MOVEMENT_NAME = "movementName";
    /** String: CHUYEN_DE or THUONG_XUYEN, see {@link MovementKind}. */
    static final String MOVEMENT_KIND = "movementKind";
    static final String GOAL = "goal";
    static final String CRITERIA = "criteria";
    /** String (ISO date) of the form's date fields. */
    static final String START_DATE = "startDate";
    static final String MID_REVIEW_DATE = "midReviewDate";
    static final String END_DATE = "endDate";
    /** Json array of unit codes (the start form's taglist). */
    static final String PARTICIPANT_CODES = "participantCodes";
    static final String AWARDS_TEXT = "awardsText";

    // --- Task_CheckDraft ---
    /** Long: the movement's row id in emulation_movement. */
    static final String MOVEMENT_ID = "movementId";
    /** String: the movement's code, also the business key (PTTD-yyyy-nnn). */
    static final String MOVEMENT_CODE = "movementCode";
    /** String: code of the standing agency (candidate group unit-officer.${standingUnitCode} of the reviews). */
    static final String STANDING_UNIT_CODE = "standingUnitCode";
    static final String STANDING_UNIT_NAME = "standingUnitName";
    static final String MOVEMENT_KIND_TEXT = "movementKindText";
    static final String PERIOD_TEXT = "periodText";
    static final String PARTICIPANT_NAMES = "participantNames";
    /** ArrayList of unit codes: the collection of the units' multi-instance subprocess. */
    static final String PARTICIPANTS = "participants";
    /** String (ISO date): the day the deadline table judges by (docs/adr/0001-rules-by-date.md). */
    static final String JUDGED_ON = "judgedOn";

    // --- the chairman's decision ---
    /** String: see {@link LaunchDecision}. */
    static final String LAUNCH_DECISION = "launchDecision";
    static final String LAUNCH_COMMENT = "launchComment";
    /** String: see {@link ReviseDecision}. */
    static final String REVISE_DECISION = "reviseDecision";
    /** Local input of Task_Refuse and Task_Withdraw: the status the movement closes with. */
    static final String CLOSE_AS = "closeAs";

    // --- Task_MovementDeadlines (movement-deadlines.dmn, single result) and Task_Launch ---
    static final String MOVEMENT_DEADLINES = "movementDeadlines";
    static final String REGISTRATION_WORKING_DAYS = "registrationWorkingDays";
    static final String REPORT_LEAD_WORKING_DAYS = "reportLeadWorkingDays";
    static final String REVIEW_WORKING_DAYS = "reviewWorkingDays";
    static final String LAUNCH_NUMBER = "launchNumber";
    /** Date: the units' registration deadline (task due date and the late timer). */
    static final String REGISTRATION_DUE_DATE = "registrationDueDate";
    /** Date: the units' progress report deadline. */
    static final String REPORT_DUE_DATE = "reportDueDate";
    /** Date: when the mid-term review falls due (timer). */
    static final String MID_REVIEW_AT = "midReviewAt";
    static final String MID_REVIEW_DUE_DATE = "midReviewDueDate";
    /** Date: the end of the movement (timer of the final review). */
    static final String FINAL_REVIEW_AT = "finalReviewAt";
    static final String FINAL_REVIEW_DUE_DATE = "finalReviewDueDate";

    // --- the units' subprocess (local to each unit's instance) ---
    /** String: the unit of this instance of the subprocess (element variable). */
    static final String UNIT_CODE = "unitCode";
    static final String REGISTRATION_PLAN = "registrationPlan";
    static final String PROGRESS_REPORT = "progressReport";
    static final String PROGRESS_PERCENT = "progressPercent";
    /** Local input of the late steps: REGISTRATION or REPORT. */
    static final String LATE_STEP = "lateStep";

    // --- the reviews ---
    static final String PARTICIPATION_SUMMARY = "participationSummary";
    static final String MID_REVIEW_REPORT = "midReviewReport";
    static final String FINAL_REVIEW_REPORT = "finalReviewReport";
    /** Local input of the review records: MID or FINAL. */
    static final String REVIEW_STAGE = "reviewStage";
    /** Json array of unit codes proposed for an award at the final review. */
    static final String AWARDED_UNIT_CODES = "awardedUnitCodes";
    static final String AWARD_TYPE_CODE = "awardTypeCode";
    /** Integer: how many units the final review proposes (the awards gateway). */
    static final String AWARD_COUNT = "awardCount";

    private MovementVariables() { }

    /** Values of {@link #LAUNCH_DECISION} as the movement-launch-decision form and the model spell them. */
    enum LaunchDecision {
        APPROVE("approve"), RETURN("return"), REFUSE("refuse");

        private final String value;

        LaunchDecision(String value) {
            this.value = value;
        }

        String value() {
            return value;
        }

        boolean is(Object variable) {
            return value.equals(variable);
        }

        static boolean isAnswer(Object variable) {
            for (LaunchDecision d : values()) {
                if (d.is(variable)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Values of {@link #REVISE_DECISION} as the movement-revise form and the model spell them. */
    enum ReviseDecision {
        RESUBMIT("resubmit"), WITHDRAW("withdraw");

        private final String value;

        ReviseDecision(String value) {
            this.value = value;
        }

        String value() {
            return value;
        }

        boolean is(Object variable) {
            return value.equals(variable);
        }

        static boolean isAnswer(Object variable) {
            return RESUBMIT.is(variable) || WITHDRAW.is(variable);
        }
    }
}
