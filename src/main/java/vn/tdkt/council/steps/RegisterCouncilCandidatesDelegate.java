package vn.tdkt.council.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.council.CouncilRepository;
import vn.tdkt.council.CouncilSessions;
import vn.tdkt.workflow.JsonVars;

import java.util.ArrayList;
import java.util.List;

/** Puts the nominees of the proposals the secretary ticked on the session's agenda; the first round votes on all. */
@Component("registerCouncilCandidatesDelegate")
public class RegisterCouncilCandidatesDelegate implements JavaDelegate {

    private final CouncilSessions sessions;

    public RegisterCouncilCandidatesDelegate(CouncilSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> chosen = JsonVars.listOfObjects(execution.getVariable("agendaRows")).stream()
                .filter(r -> Boolean.TRUE.equals(r.get("include"))).map(r -> (String) r.get("proposalKey")).toList();
        List<CouncilRepository.Candidate> candidates = sessions.putOnAgenda(execution.getProcessBusinessKey(), chosen,
                (String) execution.getVariable("sessionInitiator"));
        execution.setVariable("ballotRound", 0);
        execution.setVariable("ballotCandidates", new ArrayList<>(candidates.stream().map(CouncilRepository.Candidate::code).toList()));
    }
}
