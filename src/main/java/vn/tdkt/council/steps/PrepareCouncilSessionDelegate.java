package vn.tdkt.council.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.council.CouncilAttendance;
import vn.tdkt.council.CouncilSessions;
import vn.tdkt.council.CouncilVariables;
import vn.tdkt.workflow.JsonVars;

import java.time.LocalDate;

import static vn.tdkt.council.CouncilVariables.AGENDA_ROWS;
import static vn.tdkt.council.CouncilVariables.ATTENDANCE_LIST;
import static vn.tdkt.council.CouncilVariables.CHAIR_NAME;
import static vn.tdkt.council.CouncilVariables.CHAIR_USER_ID;
import static vn.tdkt.council.CouncilVariables.MEETING_DATE;
import static vn.tdkt.council.CouncilVariables.SESSION_INITIATOR;
import static vn.tdkt.council.CouncilVariables.SESSION_KEY;
import static vn.tdkt.council.CouncilVariables.SESSION_TITLE;
import static vn.tdkt.council.CouncilVariables.TOTAL_MEMBERS;

/** Opens the session: its number as business key, the members of the term in force, the proposals waiting. */
@Component("prepareCouncilSessionDelegate")
public class PrepareCouncilSessionDelegate implements JavaDelegate {

    /** The council whose rules the {@code council-quorum} table looks up. */
    static final String COUNCIL_KIND = "HOI_DONG_TINH";

    private final CouncilSessions sessions;

    public PrepareCouncilSessionDelegate(CouncilSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String title = ((String) execution.getVariable(SESSION_TITLE)).trim();
        LocalDate date = LocalDate.parse(((String) execution.getVariable(MEETING_DATE)).substring(0, 10));
        CouncilSessions.Opened opened = sessions.open(execution.getProcessInstanceId(), title, date,
                (String) execution.getVariable(SESSION_INITIATOR));
        execution.setProcessBusinessKey(opened.key());
        execution.setVariable(SESSION_KEY, opened.key());
        execution.setVariable(SESSION_TITLE, title);
        execution.setVariable(CouncilVariables.COUNCIL_KIND, COUNCIL_KIND);
        execution.setVariable(TOTAL_MEMBERS, opened.members().size());
        execution.setVariable(CHAIR_USER_ID, opened.chair().userId());
        execution.setVariable(CHAIR_NAME, opened.chair().fullName());
        // who votes is known only once attendance is taken (RecordCouncilAttendanceDelegate)
        execution.setVariable(CouncilAttendance.ROSTER_VARIABLE, JsonVars.json(CouncilAttendance.rosterRows(opened.members())));
        execution.setVariable(ATTENDANCE_LIST, JsonVars.json(sessions.attendanceRows(opened.members())));
        execution.setVariable(AGENDA_ROWS, JsonVars.json(sessions.agendaRows()));
    }
}
