package vn.tdkt.council.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.council.CouncilRepository;
import vn.tdkt.council.CouncilSessions;
import vn.tdkt.workflow.JsonVars;

import java.util.ArrayList;
import java.util.List;

import static vn.tdkt.council.CouncilVariables.AGENDA_ROWS;
import static vn.tdkt.council.CouncilVariables.BALLOT_CANDIDATES;
import static vn.tdkt.council.CouncilVariables.BALLOT_ROUND;
import static vn.tdkt.council.CouncilVariables.SESSION_INITIATOR;

/** Puts the nominees of the proposals the secretary ticked on the session's agenda; the first round votes on all. */
@Component("registerCouncilCandidatesDelegate")
public class RegisterCouncilCandidatesDelegate implements JavaDelegate {

    private final CouncilSessions sessions;

    public RegisterCouncilCandidatesDelegate(CouncilSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> chosen = JsonVars.listOfObjects(execution.getVariable(AGENDA_ROWS)).stream()
                .filter(r -> Boolean.TRUE.equals(r.get("include"))).map(r -> (String) r.get("proposalKey")).toList();
        List<CouncilRepository.Candidate> candidates = sessions.putOnAgenda(execution.getProcessBusinessKey(), chosen,
                (String) execution.getVariable(SESSION_INITIATOR));
        execution.setVariable(BALLOT_ROUND, 0);
        execution.setVariable(BALLOT_CANDIDATES, new ArrayList<>(candidates.stream().map(CouncilRepository.Candidate::code).toList()));
    }
}
