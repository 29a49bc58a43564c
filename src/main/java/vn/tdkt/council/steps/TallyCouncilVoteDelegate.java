package vn.tdkt.council.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.council.CouncilRepository;
import vn.tdkt.council.CouncilSessions;
import vn.tdkt.workflow.JsonVars;

import java.util.ArrayList;
import java.util.List;

import static vn.tdkt.council.CouncilVariables.BALLOT_CANDIDATES;
import static vn.tdkt.council.CouncilVariables.BALLOT_ROUND;
import static vn.tdkt.council.CouncilVariables.BALLOT_SESSION_ID;
import static vn.tdkt.council.CouncilVariables.COUNCIL_TOTALS;
import static vn.tdkt.council.CouncilVariables.REVOTE_NEEDED;

/**
 * Closes the round's box and decides each candidate by the {@code vote-outcome} table; ties the table sends back
 * go to another round with only those candidates.
 */
@Component("tallyCouncilVoteDelegate")
public class TallyCouncilVoteDelegate implements JavaDelegate {

    private final CouncilSessions sessions;

    public TallyCouncilVoteDelegate(CouncilSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        int round = (Integer) execution.getVariable(BALLOT_ROUND);
        List<CouncilRepository.Candidate> revote = sessions.tally(key, round,
                (String) execution.getVariable(BALLOT_SESSION_ID), Actors.current(execution));
        execution.setVariable(REVOTE_NEEDED, !revote.isEmpty());
        if (!revote.isEmpty()) {
            execution.setVariable(BALLOT_ROUND, round + 1);
            execution.setVariable(BALLOT_CANDIDATES, new ArrayList<>(revote.stream().map(CouncilRepository.Candidate::code).toList()));
        }
        execution.setVariable(COUNCIL_TOTALS, JsonVars.json(sessions.totals(key)));
    }
}
