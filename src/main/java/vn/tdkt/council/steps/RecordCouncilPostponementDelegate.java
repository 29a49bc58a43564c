package vn.tdkt.council.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.council.CouncilSessions;
import vn.tdkt.workflow.JsonVars;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static vn.tdkt.council.CouncilVariables.ATTENDANCE_LIST;
import static vn.tdkt.council.CouncilVariables.MEETING_DATE;
import static vn.tdkt.council.CouncilVariables.NEW_MEETING_DATE;
import static vn.tdkt.council.CouncilVariables.POSTPONE_REASON;

/** Without quorum the session is postponed to the date the secretary set; attendance is taken again then, from a blank list. */
@Component("recordCouncilPostponementDelegate")
public class RecordCouncilPostponementDelegate implements JavaDelegate {

    private final CouncilSessions sessions;

    public RecordCouncilPostponementDelegate(CouncilSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String newDate = ((String) execution.getVariable(NEW_MEETING_DATE)).substring(0, 10);
        sessions.postpone(execution.getProcessBusinessKey(), LocalDate.parse(newDate),
                ((String) execution.getVariable(POSTPONE_REASON)).trim(), Actors.current(execution));
        execution.setVariable(MEETING_DATE, newDate);
        // a new roll call on the new date: the earlier attendance decides nothing
        List<Map<String, Object>> fresh = JsonVars.listOfObjects(execution.getVariable(ATTENDANCE_LIST));
        fresh.forEach(row -> row.put("attendance", null));
        execution.setVariable(ATTENDANCE_LIST, JsonVars.json(fresh));
    }
}
