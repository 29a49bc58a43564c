package vn.tdkt.rules;

import java.time.LocalDate;

/**
 * The day a rule judges by, handed to every DMN table that encodes law as the variable {@code judgedOn} (an ISO date,
 * read in FEEL with {@code date(judgedOn)}). Criteria are judged by the law of the achievement's period, so an
 * achievement year is judged on its last day; procedure by the day the case started; a council vote by the meeting
 * day (docs/adr/0001-rules-by-date.md).
 */
public final class RuleDates {

    public static final String VARIABLE = "judgedOn";

    private RuleDates() { }

    /** The day an achievement of the year is judged by: 31 December of that year. */
    public static LocalDate achievementYear(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** The variable's value for a day. */
    public static String judgedOn(LocalDate day) {
        return day.toString();
    }
}
