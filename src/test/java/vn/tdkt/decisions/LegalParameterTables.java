package vn.tdkt.decisions;

import vn.tdkt.rules.LegalParameterSet;
import vn.tdkt.rules.LegalParameters;
import vn.tdkt.rules.RuleDates;

import java.time.LocalDate;
import java.util.Map;

/** The legal parameters of a day as the repository's table {@code legal-parameters} gives them (no engine). */
public final class LegalParameterTables {

    private LegalParameterTables() { }

    public static LegalParameterSet on(LocalDate day) {
        return LegalParameters.fromRows(day, DmnTables.evaluate(LegalParameters.DECISION_KEY,
                Map.of(RuleDates.VARIABLE, RuleDates.judgedOn(day))).getResultList());
    }

    /** The parameters an achievement of the year is judged by. */
    public static LegalParameterSet forYear(int year) {
        return on(RuleDates.achievementYear(year));
    }
}
