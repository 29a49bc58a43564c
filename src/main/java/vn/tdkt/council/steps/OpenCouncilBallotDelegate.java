package vn.tdkt.council.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.ballot.BallotBox;
import vn.tdkt.ballot.BallotTurnoutText;
import vn.tdkt.council.CouncilRepository;
import vn.tdkt.council.CouncilSessions;
import vn.tdkt.workflow.JsonVars;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.tdkt.council.CouncilVariables.BALLOT_CANDIDATES;
import static vn.tdkt.council.CouncilVariables.BALLOT_PAPER;
import static vn.tdkt.council.CouncilVariables.BALLOT_ROUND;
import static vn.tdkt.council.CouncilVariables.BALLOT_SESSION_ID;
import static vn.tdkt.council.CouncilVariables.VOTER_IDS;
import static vn.tdkt.council.CouncilVariables.VOTING_CLOSED;
import static vn.tdkt.council.CouncilVariables.WRITTEN_VOTER_IDS;

/** Opens the round's secret ballot box on the round's candidates for the members attendance allows to vote. */
@Component("openCouncilBallotDelegate")
public class OpenCouncilBallotDelegate implements JavaDelegate {

    private final CouncilSessions sessions;
    private final CouncilRepository council;
    private final BallotTurnoutText turnout;

    public OpenCouncilBallotDelegate(CouncilSessions sessions, CouncilRepository council, BallotTurnoutText turnout) {
        this.sessions = sessions;
        this.council = council;
        this.turnout = turnout;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        List<String> codes = (List<String>) execution.getVariable(BALLOT_CANDIDATES);
        List<CouncilRepository.Candidate> onBallot = council.candidates(key).stream()
                .filter(c -> codes.contains(c.code())).toList();
        int round = (Integer) execution.getVariable(BALLOT_ROUND);
        Map<String, BallotBox.VoteMode> voters = new LinkedHashMap<>();
        ((List<String>) execution.getVariable(VOTER_IDS)).forEach(v -> voters.put(v, BallotBox.VoteMode.IN_PERSON));
        ((List<String>) execution.getVariable(WRITTEN_VOTER_IDS)).forEach(v -> voters.put(v, BallotBox.VoteMode.WRITTEN));
        String ballotSession = sessions.openRound(key, round, onBallot, voters);
        Map<String, String> awardNames = new HashMap<>();
        onBallot.forEach(c -> awardNames.computeIfAbsent(c.awardTypeCode(), sessions::awardName));
        execution.setVariable(BALLOT_SESSION_ID, ballotSession);
        execution.setVariable(BallotTurnoutText.VARIABLE, turnout.text(ballotSession, false));
        execution.setVariable(BALLOT_PAPER, JsonVars.json(sessions.ballotPaper(onBallot, awardNames)));
        execution.setVariable(VOTING_CLOSED, false);
    }
}
