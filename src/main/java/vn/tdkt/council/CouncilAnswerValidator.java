package vn.tdkt.council;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.JsonVars;

import java.util.List;

import static vn.tdkt.council.CouncilVariables.AGENDA_ROWS;
import static vn.tdkt.council.CouncilVariables.ATTENDANCE_LIST;
import static vn.tdkt.council.CouncilVariables.CHAIR_MINUTES_DECISION;
import static vn.tdkt.council.CouncilVariables.CHAIR_MINUTES_NOTE;
import static vn.tdkt.council.CouncilVariables.MEETING_DATE;
import static vn.tdkt.council.CouncilVariables.MINUTES_REF;
import static vn.tdkt.council.CouncilVariables.NEW_MEETING_DATE;
import static vn.tdkt.council.CouncilVariables.POSTPONE_REASON;
import static vn.tdkt.council.CouncilVariables.SESSION_TITLE;
import static vn.tdkt.council.CouncilVariables.VOTING_CLOSED;

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
            case CouncilSteps.FLOW_START -> CouncilAnswerRules.session(v(execution, SESSION_TITLE), v(execution, MEETING_DATE),
                    sessions.today());
            case CouncilSteps.FLOW_SELECT_CANDIDATES_DONE -> CouncilAnswerRules.selection(
                    JsonVars.listOfObjects(v(execution, AGENDA_ROWS)), sessions.waitingKeys());
            case CouncilSteps.FLOW_ATTENDANCE_DONE -> CouncilAttendance.resolve(
                    JsonVars.listOfObjects(v(execution, ATTENDANCE_LIST)), CouncilAttendance.roster(
                    JsonVars.listOfObjects(v(execution, CouncilAttendance.ROSTER_VARIABLE)))).problems();
            case CouncilSteps.FLOW_POSTPONE_DONE -> CouncilAnswerRules.postponement(v(execution, NEW_MEETING_DATE),
                    v(execution, POSTPONE_REASON), sessions.today());
            case CouncilSteps.FLOW_CLOSE_VOTING_DONE -> CouncilAnswerRules.closeVoting(v(execution, VOTING_CLOSED));
            case CouncilSteps.FLOW_MINUTES_SECRETARY_DONE -> CouncilAnswerRules.secretaryMinutes(v(execution, MINUTES_REF));
            case CouncilSteps.FLOW_MINUTES_CHAIR_DONE -> CouncilAnswerRules.chairMinutes(v(execution, CHAIR_MINUTES_DECISION),
                    v(execution, CHAIR_MINUTES_NOTE));
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
