package vn.tdkt.council.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.council.CouncilAttendance;
import vn.tdkt.council.CouncilSessions;
import vn.tdkt.workflow.JsonVars;

import java.time.LocalDate;

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
        String title = ((String) execution.getVariable("sessionTitle")).trim();
        LocalDate date = LocalDate.parse(((String) execution.getVariable("meetingDate")).substring(0, 10));
        CouncilSessions.Opened opened = sessions.open(execution.getProcessInstanceId(), title, date,
                (String) execution.getVariable("sessionInitiator"));
        execution.setProcessBusinessKey(opened.key());
        execution.setVariable("sessionKey", opened.key());
        execution.setVariable("sessionTitle", title);
        execution.setVariable("councilKind", COUNCIL_KIND);
        execution.setVariable("totalMembers", opened.members().size());
        execution.setVariable("chairUserId", opened.chair().userId());
        execution.setVariable("chairName", opened.chair().fullName());
        // who votes is known only once attendance is taken (RecordCouncilAttendanceDelegate)
        execution.setVariable(CouncilAttendance.ROSTER_VARIABLE, JsonVars.json(CouncilAttendance.rosterRows(opened.members())));
        execution.setVariable("attendanceList", JsonVars.json(sessions.attendanceRows(opened.members())));
        execution.setVariable("agendaRows", JsonVars.json(sessions.agendaRows()));
    }
}
