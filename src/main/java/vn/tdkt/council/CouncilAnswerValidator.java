package vn.tdkt.council;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.JsonVars;

import java.util.List;

/**
 * Server-side check of every answer given in the council process: a take listener on the flow leaving the start
 * event and each secretary or chair task (the flow's id names the step). A refused answer rolls the completion
 * back, so /engine-rest and Tasklist answer 400 with the Vietnamese message and the task stays open. Ballots are
 * checked by the ballot box itself.
 */
@Component("councilAnswerValidator")
public class CouncilAnswerValidator implements ExecutionListener {

    private final CouncilSessions sessions;

    public CouncilAnswerValidator(CouncilSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String flow = execution.getCurrentTransitionId();
        List<String> problems = switch (flow) {
            case "Flow_Start" -> CouncilAnswerRules.session(v(execution, "sessionTitle"), v(execution, "meetingDate"),
                    sessions.today());
            case "Flow_SelectCandidates_Done" -> CouncilAnswerRules.selection(
                    JsonVars.listOfObjects(v(execution, "agendaRows")), sessions.waitingKeys());
            case "Flow_Attendance_Done" -> CouncilAttendance.resolve(
                    JsonVars.listOfObjects(v(execution, "attendanceList")), CouncilAttendance.roster(
                    JsonVars.listOfObjects(v(execution, CouncilAttendance.ROSTER_VARIABLE)))).problems();
            case "Flow_Postpone_Done" -> CouncilAnswerRules.postponement(v(execution, "newMeetingDate"),
                    v(execution, "postponeReason"), sessions.today());
            case "Flow_CloseVoting_Done" -> CouncilAnswerRules.closeVoting(v(execution, "votingClosed"));
            case "Flow_MinutesSecretary_Done" -> CouncilAnswerRules.secretaryMinutes(v(execution, "minutesRef"));
            case "Flow_MinutesChair_Done" -> CouncilAnswerRules.chairMinutes(v(execution, "chairMinutesDecision"),
                    v(execution, "chairMinutesNote"));
            default -> throw new IllegalStateException("No answer rules for flow " + flow);
        };
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
    }

    private static Object v(DelegateExecution execution, String name) {
        return execution.getVariable(name);
    }
}
