package vn.tdkt.proposal;

import org.springframework.stereotype.Service;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.calendar.WorkingDayCalendarProvider;
import vn.tdkt.engine.LatestDecisions;
import vn.tdkt.rules.LegalParameters;
import vn.tdkt.rules.RuleDates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static vn.tdkt.proposal.ProposalVariables.COMMENDATION_KIND;

/**
 * Deadlines of the proposal process in working days: how many days each step has comes from the DMN decision
 * {@code processing-deadline}; the dates from the province's working-day calendar (weekends, holidays and Tết
 * are data). "Now" is the engine's clock, so process tests that move the clock see consistent dates. The table's rows
 * are those valid on the day the proposal started ({@code judgedOn}); whether a dossier accepted again after a return
 * gets the whole time again or only what was left is the legal parameter DEADLINE_AFTER_RETURN of that day.
 */
@Service
public class ProposalDeadlines {

    private final Clock clock;

    public static final String DECISION_KEY = "processing-deadline";

    private final LatestDecisions decisions;
    private final WorkingDayCalendarProvider calendars;
    private final LegalParameters law;

    public ProposalDeadlines(LatestDecisions decisions, WorkingDayCalendarProvider calendars, LegalParameters law, Clock clock) {

        this.clock = clock;
        this.decisions = decisions;
        this.calendars = calendars;
        this.law = law;
    }

    /** The processing deadline from now with its reminder moment and a Vietnamese description. */
    public record Deadline(Date due, Date reminder, int workingDays, String text) { }

    /**
     * The processing deadline from now. {@code daysUsed}: working days the standing agency already spent on the
     * dossier before it was returned; deducted only where the law of {@code judgedOn} says the time resumes.
     */
    public Deadline processing(String commendationKind, boolean needsConcurrence, LocalDate judgedOn, int daysUsed) {
        WorkingDayCalendar calendar = calendars.calendar();
        int full = workingDays("PROCESSING", commendationKind, needsConcurrence, judgedOn);
        int days = daysUsed <= 0 || law.on(judgedOn).deadlineRestartsAfterReturn() ? full
                : Math.max(1, full - daysUsed);
        Instant due = calendar.deadline(clock.instant(), days);
        int before = workingDays("REMINDER_BEFORE", commendationKind, needsConcurrence, judgedOn);
        Instant reminder = calendar.reminder(due, Math.min(before, Math.max(days - 1, 0)));
        return new Deadline(Date.from(due), Date.from(reminder), days,
                ProposalTexts.due(due.atZone(calendar.zone()), days));
    }

    /** The end of a step such as CONCURRENCE or CONSULTATION, counted from now. */
    public Deadline step(String step, String commendationKind, LocalDate judgedOn) {
        WorkingDayCalendar calendar = calendars.calendar();
        int days = workingDays(step, commendationKind, false, judgedOn);
        Instant due = calendar.deadline(clock.instant(), days);
        return new Deadline(Date.from(due), null, days, ProposalTexts.due(due.atZone(calendar.zone()), days));
    }

    /** Working days between two days of the province's calendar (for the time spent before a return). */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return calendars.calendar().workingDaysBetween(fromExclusive, toInclusive);
    }

    /** Today in the province, by the engine's clock. */
    public LocalDate today() {
        return clock.instant().atZone(calendars.calendar().zone()).toLocalDate();
    }

    int workingDays(String step, String commendationKind, boolean needsConcurrence, LocalDate judgedOn) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(RuleDates.VARIABLE, RuleDates.judgedOn(judgedOn));
        vars.put("deadlineStep", step);
        vars.put(COMMENDATION_KIND, commendationKind);
        vars.put("needsConcurrence", needsConcurrence);
        Object days = decisions.evaluate(DECISION_KEY, vars).getSingleEntry();
        if (!(days instanceof Number n)) {
            throw new IllegalStateException("Decision " + DECISION_KEY + " gives no working days for step " + step);
        }
        return n.intValue();
    }
}
