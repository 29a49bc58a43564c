package vn.tdkt.council;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tdkt.engine.LatestDecisions;
import vn.tdkt.rules.RuleDates;

import java.time.LocalDate;
import java.util.Map;

/**
 * Asks the DMN decision {@code vote-outcome} (with its required {@code vote-rule}) whether a candidate's totals
 * pass: the threshold, its denominator and the tie rule per vote type are rows of the table, not code.
 */
@Component
public class VoteOutcomeTable {

    public static final String DECISION_KEY = "vote-outcome";

    private final LatestDecisions decisions;

    public VoteOutcomeTable(LatestDecisions decisions) {
        this.decisions = decisions;
    }

    /** One candidate's totals of a round; {@code meetingDay} picks the vote rules in force on the day of the meeting. */
    public record Totals(String voteType, int yes, int no, int blank, int totalMembers, int votesCast, int revoteRound,
                         LocalDate meetingDay) { }

    public record Outcome(String outcome, boolean passed, String reason, String thresholdText) {
        public boolean revote() {
            return VoteOutcome.REVOTE.is(outcome);
        }
    }

    public Outcome evaluate(Totals t) {
        DmnDecisionResult result = decisions.evaluate(DECISION_KEY, Variables.createVariables().putValue("voteType", t.voteType()).putValue("yes", t.yes())
                        .putValue("no", t.no()).putValue("blank", t.blank()).putValue("totalMembers", t.totalMembers())
                        .putValue("votesCast", t.votesCast()).putValue("revoteRound", t.revoteRound())
                        .putValue(RuleDates.VARIABLE, RuleDates.judgedOn(t.meetingDay())));
        Map<String, Object> row = result.getSingleResult().getEntryMap();
        return new Outcome((String) row.get("outcome"), Boolean.TRUE.equals(row.get("passed")),
                (String) row.get("reason"), (String) row.get("thresholdText"));
    }
}
