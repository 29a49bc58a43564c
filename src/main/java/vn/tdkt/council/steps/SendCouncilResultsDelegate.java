package vn.tdkt.council.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.council.CouncilResultSender;
import vn.tdkt.council.CouncilSessions;

import java.time.LocalDate;

import static vn.tdkt.council.CouncilVariables.MINUTES_REF;

/** The chair confirmed the minutes: the session closes and each waiting proposal receives its nominees' results. */
@Component("sendCouncilResultsDelegate")
public class SendCouncilResultsDelegate implements JavaDelegate {

    private final CouncilSessions sessions;
    private final CouncilResultSender sender;

    public SendCouncilResultsDelegate(CouncilSessions sessions, CouncilResultSender sender) {
        this.sessions = sessions;
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        String minutesRef = (String) execution.getVariable(MINUTES_REF);
        LocalDate meetingDate = sessions.meetingDate(key);
        for (CouncilSessions.ProposalResult result : sessions.close(key, Actors.current(execution))) {
            sender.send(key, minutesRef, meetingDate, result);
        }
    }
}
