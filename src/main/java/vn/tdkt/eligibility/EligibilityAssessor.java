package vn.tdkt.eligibility;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.springframework.stereotype.Service;
import vn.tdkt.engine.LatestDecisions;
import vn.tdkt.rules.LegalParameterSet;
import vn.tdkt.rules.LegalParameters;
import vn.tdkt.rules.RuleDates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Assesses each nominee of a proposal against the deployed DMN decision {@code award-eligibility}: facts come from
 * the registry through {@link EligibilityFactsCalculator}, the criteria and thresholds from the table, so an
 * admin who changes the table in Camunda Modeler changes the assessment without a new release. An achievement is
 * judged by the rules in force on the last day of its year ({@link RuleDates#achievementYear}): the counting
 * parameters of {@code legal-parameters} and the rows of {@code award-eligibility} valid on that day.
 */
@Service
public class EligibilityAssessor {

    public static final String DECISION_KEY = "award-eligibility";

    private final LatestDecisions decisions;
    private final NomineeHistoryRepository histories;
    private final Clock clock;
    private final LegalParameters law;

    public EligibilityAssessor(LatestDecisions decisions, NomineeHistoryRepository histories, Clock clock,
                               LegalParameters law) {
        this.decisions = decisions;
        this.histories = histories;
        this.clock = clock;
        this.law = law;
    }

    public List<NomineeAssessment> assess(String awardType, String commendationKind, int year,
                                          Collection<NomineeRef> nominees, Set<String> ledBlockUnits) {
        LocalDate today = LocalDate.now(clock);
        LegalParameterSet parameters = law.on(RuleDates.achievementYear(year));
        return nominees.stream().map(n -> {
            int sameUnitInProposal = "CSTDCS".equals(awardType) && n.isPerson()
                    ? (int) nominees.stream().filter(o -> o.isPerson() && o.unitCode().equals(n.unitCode())).count()
                    : 0;
            NomineeHistory history = histories.history(n, year, today, ledBlockUnits, parameters);
            EligibilityFacts facts = EligibilityFactsCalculator.compute(awardType, commendationKind,
                    n.recipientKind(), year, history, sameUnitInProposal, parameters);
            return new NomineeAssessment(n, facts, evaluate(facts));
        }).toList();
    }

    /**
     * Evaluates the decision for one set of facts; every matched row is a criterion not met, blocking when the row
     * says its rule is confirmed, a warning otherwise (a row without the column blocks, as before it existed).
     */
    public List<NomineeAssessment.Reason> evaluate(EligibilityFacts facts) {
        DmnDecisionResult result = decisions.evaluate(DECISION_KEY, facts.asVariables());
        return result.getResultList().stream()
                .map(row -> new NomineeAssessment.Reason((String) row.get("reasonCode"), (String) row.get("reason"),
                        (String) row.get("legalBasis"), !Boolean.FALSE.equals(row.get("confirmed"))))
                .toList();
    }
}
