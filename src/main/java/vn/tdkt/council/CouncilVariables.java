package vn.tdkt.council;

import vn.tdkt.ballot.BallotTurnoutText;
import vn.tdkt.ballot.SecretBallotCaster;
import vn.tdkt.ballot.SecretBallotHistoryFilter;
import vn.tdkt.rules.RuleDates;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The council-review process's variables by name, grouped by the step that writes them: every delegate, listener,
 * validator and test reads the names from here. CouncilVariablesTest checks them against
 * processes/council-review.bpmn and the council-*.form files it uses.
 */
public final class CouncilVariables {

    private CouncilVariables() { }

    // --- start form and Task_PrepareSession: the session ---
    /** String: user id of the secretary who called the session. */
    public static final String SESSION_INITIATOR = "sessionInitiator";
    /** String: the session's title (start form). */
    public static final String SESSION_TITLE = "sessionTitle";
    /** String (ISO date, later the new day after a postponement): the meeting day (start form, due dates). */
    public static final String MEETING_DATE = "meetingDate";
    /** String: the session's business key (e.g. HDTDKT-2026-01). */
    public static final String SESSION_KEY = "sessionKey";
    /** String: the kind of council, HOI_DONG_TINH (DMN input). */
    public static final String COUNCIL_KIND = "councilKind";
    /** Integer: members of the council's term on the meeting day. */
    public static final String TOTAL_MEMBERS = "totalMembers";
    /** String: user id of the council's chair. */
    public static final String CHAIR_USER_ID = "chairUserId";
    /** String: full name of the council's chair. */
    public static final String CHAIR_NAME = "chairName";
    /** String (JSON list of members): the term's roster, for checking the attendance. */
    public static final String COUNCIL_ROSTER = "councilRoster";
    /** String (JSON list of rows userId, fullName, positionTitle, roleLabel, attendance): the attendance form. */
    public static final String ATTENDANCE_LIST = "attendanceList";
    /** String (JSON list of rows proposalKey, ..., selected): proposals waiting for the council, to tick. */
    public static final String AGENDA_ROWS = "agendaRows";
    /** String (ISO date): the day whose rules judge the quorum (input of Task_CheckQuorum). */
    public static final String JUDGED_ON = RuleDates.VARIABLE;

    // --- Task_RecordAttendance, Task_CheckQuorum, Task_Postpone: attendance and quorum ---
    /** Integer: members present. */
    public static final String PRESENT_MEMBERS = "presentMembers";
    /** Integer: members absent with a written ballot. */
    public static final String WRITTEN_MEMBERS = "writtenMembers";
    /** List of String: user ids of the members who vote in person (collection of Task_Vote). */
    public static final String VOTER_IDS = "voterIds";
    /** String: the member one instance of Task_Vote is for (its element variable and assignee). */
    public static final String VOTER = "voter";
    /** List of String: user ids of the members absent with a written ballot. */
    public static final String WRITTEN_VOTER_IDS = "writtenVoterIds";
    /** String (JSON list of label/value): the written-ballot task's choice of member. */
    public static final String WRITTEN_VOTER_OPTIONS = "writtenVoterOptions";
    /** Map with quorumMet (Boolean) and quorumText: output of the council-quorum decision (Gateway_Quorum). */
    public static final String QUORUM = "quorum";
    /** String: the quorum's text, shown on the postponement form (input of Task_Postpone). */
    public static final String QUORUM_SUMMARY = "quorumSummary";
    /** String (ISO date): the new meeting day (postponement form). */
    public static final String NEW_MEETING_DATE = "newMeetingDate";
    /** String: why the session is postponed (postponement form). */
    public static final String POSTPONE_REASON = "postponeReason";

    // --- Task_OpenBallot, SubProcess_Voting, Task_TallyVote: the secret ballot ---
    /** List of String: codes of the candidates on this round's ballot. */
    public static final String BALLOT_CANDIDATES = "ballotCandidates";
    /** Integer: the ballot round, 0 and one more for each revote. */
    public static final String BALLOT_ROUND = "ballotRound";
    /** String: the ballot box's session id of this round. */
    public static final String BALLOT_SESSION_ID = "ballotSessionId";
    /** String (JSON): the ballot paper the vote forms show (input secretBallot of Task_Vote, Task_WrittenBallot). */
    public static final String BALLOT_PAPER = "ballotPaper";
    /** String (JSON): a member's ballot, local to its task and never kept in history. */
    public static final String SECRET_BALLOT = SecretBallotHistoryFilter.PREFIX;
    /** String: the absent member whose written ballot the secretary enters. */
    public static final String WRITTEN_BALLOT_VOTER = SecretBallotCaster.WRITTEN_VOTER;
    /** String: how many have voted, shown on the close-voting form. */
    public static final String BALLOT_TURNOUT = BallotTurnoutText.VARIABLE;
    /** Boolean: the chair closed the voting (close-voting form). */
    public static final String VOTING_CLOSED = "votingClosed";
    /** Boolean: some candidate needs another round (Gateway_Revote). */
    public static final String REVOTE_NEEDED = "revoteNeeded";
    /** String (multi-line): the totals per candidate, shown on the minutes forms. */
    public static final String COUNCIL_TOTALS = "councilTotals";

    // --- Task_MinutesSecretary, Task_MinutesChair: the minutes ---
    /** String: the minutes' reference (secretary's form). */
    public static final String MINUTES_REF = "minutesRef";
    /** String: the chair's answer on the minutes, see {@link ChairMinutesDecision}. */
    public static final String CHAIR_MINUTES_DECISION = "chairMinutesDecision";
    /** String: the chair's note on the minutes (required when sent back). */
    public static final String CHAIR_MINUTES_NOTE = "chairMinutesNote";

    /** Values of {@link #CHAIR_MINUTES_DECISION} (council-minutes-chair form, Gateway_ChairMinutes). */
    public enum ChairMinutesDecision {
        XAC_NHAN, SUA_LAI;

        /** Whether the variable's value is this one. */
        public boolean is(Object value) {
            return name().equals(value);
        }

        /** All values as the form and the model spell them; contains(null) answers false. */
        public static Set<String> names() {
            Set<String> names = new LinkedHashSet<>();
            for (ChairMinutesDecision d : values()) {
                names.add(d.name());
            }
            return Collections.unmodifiableSet(names);
        }
    }
}
