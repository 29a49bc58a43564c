package vn.tdkt.council.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.council.CouncilSessions;
import vn.tdkt.workflow.JsonVars;

/** Keeps the attendance the secretary took; the counts feed the {@code council-quorum} table. */
@Component("recordCouncilAttendanceDelegate")
public class RecordCouncilAttendanceDelegate implements JavaDelegate {

    private final CouncilSessions sessions;

    public RecordCouncilAttendanceDelegate(CouncilSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int[] counts = sessions.recordAttendance(execution.getProcessBusinessKey(),
                JsonVars.listOfObjects(execution.getVariable("attendanceList")), Actors.current(execution));
        execution.setVariable("presentMembers", counts[0]);
        execution.setVariable("writtenMembers", counts[1]);
    }
}
