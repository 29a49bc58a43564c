package vn.tdkt.council.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.council.CouncilRepository;
import vn.tdkt.council.CouncilSessions;
import vn.tdkt.workflow.JsonVars;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Opens the round's secret ballot box for every member of the session, on the round's candidates. */
@Component("openCouncilBallotDelegate")
public class OpenCouncilBallotDelegate implements JavaDelegate {

    private final CouncilSessions sessions;
    private final CouncilRepository council;

    public OpenCouncilBallotDelegate(CouncilSessions sessions, CouncilRepository council) {
        this.sessions = sessions;
        this.council = council;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        List<String> codes = (List<String>) execution.getVariable("ballotCandidates");
        List<CouncilRepository.Candidate> onBallot = council.candidates(key).stream()
                .filter(c -> codes.contains(c.code())).toList();
        int round = (Integer) execution.getVariable("ballotRound");
        String ballotSession = sessions.openRound(key, round, onBallot,
                new HashSet<>((List<String>) execution.getVariable("voterIds")));
        Map<String, String> awardNames = new HashMap<>();
        onBallot.forEach(c -> awardNames.computeIfAbsent(c.awardTypeCode(), sessions::awardName));
        execution.setVariable("ballotSessionId", ballotSession);
        execution.setVariable("ballotPaper", JsonVars.json(sessions.ballotPaper(onBallot, awardNames)));
        execution.setVariable("votingClosed", false);
    }
}
