package vn.tdkt.council.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.council.CouncilAttendance;
import vn.tdkt.council.CouncilSessions;
import vn.tdkt.workflow.JsonVars;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static vn.tdkt.council.CouncilVariables.ATTENDANCE_LIST;
import static vn.tdkt.council.CouncilVariables.PRESENT_MEMBERS;
import static vn.tdkt.council.CouncilVariables.VOTER_IDS;
import static vn.tdkt.council.CouncilVariables.WRITTEN_MEMBERS;
import static vn.tdkt.council.CouncilVariables.WRITTEN_VOTER_IDS;
import static vn.tdkt.council.CouncilVariables.WRITTEN_VOTER_OPTIONS;

/**
 * Keeps the attendance the secretary took. The counts feed the {@code council-quorum} table; attendance decides
 * who votes: a voting task for each member present ({@code voterIds}), the secretary's written-ballot choices for
 * the members absent with a written ballot ({@code writtenVoterIds}), nothing for a member absent without one.
 */
@Component("recordCouncilAttendanceDelegate")
public class RecordCouncilAttendanceDelegate implements JavaDelegate {

    private final CouncilSessions sessions;

    public RecordCouncilAttendanceDelegate(CouncilSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Map<String, Object>> roster = JsonVars.listOfObjects(execution.getVariable(CouncilAttendance.ROSTER_VARIABLE));
        CouncilAttendance.Resolved attendance = sessions.recordAttendance(execution.getProcessBusinessKey(),
                CouncilAttendance.resolve(JsonVars.listOfObjects(execution.getVariable(ATTENDANCE_LIST)),
                        CouncilAttendance.roster(roster)), Actors.current(execution));
        List<String> present = attendance.with(CouncilAttendance.PRESENT);
        List<String> written = attendance.with(CouncilAttendance.ABSENT_WRITTEN);
        execution.setVariable(PRESENT_MEMBERS, present.size());
        execution.setVariable(WRITTEN_MEMBERS, written.size());
        execution.setVariable(VOTER_IDS, new ArrayList<>(present));
        execution.setVariable(WRITTEN_VOTER_IDS, new ArrayList<>(written));
        execution.setVariable(WRITTEN_VOTER_OPTIONS, JsonVars.json(CouncilSessions.writtenVoterOptions(roster, written)));
    }
}
