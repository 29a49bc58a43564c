package vn.tdkt.council.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.council.CouncilSessions;
import vn.tdkt.workflow.JsonVars;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Without quorum the session is postponed to the date the secretary set; attendance is taken again then, from a blank list. */
@Component("recordCouncilPostponementDelegate")
public class RecordCouncilPostponementDelegate implements JavaDelegate {

    private final CouncilSessions sessions;

    public RecordCouncilPostponementDelegate(CouncilSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String newDate = ((String) execution.getVariable("newMeetingDate")).substring(0, 10);
        sessions.postpone(execution.getProcessBusinessKey(), LocalDate.parse(newDate),
                ((String) execution.getVariable("postponeReason")).trim(), Actors.current(execution));
        execution.setVariable("meetingDate", newDate);
        // a new roll call on the new date: the earlier attendance decides nothing
        List<Map<String, Object>> fresh = JsonVars.listOfObjects(execution.getVariable("attendanceList"));
        fresh.forEach(row -> row.put("attendance", null));
        execution.setVariable("attendanceList", JsonVars.json(fresh));
    }
}
