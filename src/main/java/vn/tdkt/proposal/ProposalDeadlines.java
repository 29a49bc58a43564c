package vn.tdkt.proposal;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.calendar.WorkingDayCalendarProvider;
import vn.tdkt.workflow.SystemCalls;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Deadlines of the proposal process in working days: how many days each step has comes from the DMN decision
 * {@code processing-deadline}; the dates from the province's working-day calendar (weekends, holidays and Tết
 * are data). "Now" is the engine's clock, so process tests that move the clock see consistent dates.
 */
@Service
public class ProposalDeadlines {

    public static final String DECISION_KEY = "processing-deadline";

    private final DecisionService decisions;
    private final WorkingDayCalendarProvider calendars;

    public ProposalDeadlines(DecisionService decisions, WorkingDayCalendarProvider calendars) {
        this.decisions = decisions;
        this.calendars = calendars;
    }

    /** The processing deadline from now with its reminder moment and a Vietnamese description. */
    public record Deadline(Date due, Date reminder, int workingDays, String text) { }

    public Deadline processing(String commendationKind, boolean needsConcurrence) {
        WorkingDayCalendar calendar = calendars.calendar();
        int days = workingDays("PROCESSING", commendationKind, needsConcurrence);
        Instant due = calendar.deadline(ClockUtil.getCurrentTime().toInstant(), days);
        int before = workingDays("REMINDER_BEFORE", commendationKind, needsConcurrence);
        Instant reminder = calendar.reminder(due, Math.min(before, Math.max(days - 1, 0)));
        return new Deadline(Date.from(due), Date.from(reminder), days,
                ProposalTexts.due(due.atZone(calendar.zone()), days));
    }

    /** The end of a step such as CONCURRENCE or CONSULTATION, counted from now. */
    public Deadline step(String step, String commendationKind) {
        WorkingDayCalendar calendar = calendars.calendar();
        int days = workingDays(step, commendationKind, false);
        Instant due = calendar.deadline(ClockUtil.getCurrentTime().toInstant(), days);
        return new Deadline(Date.from(due), null, days, ProposalTexts.due(due.atZone(calendar.zone()), days));
    }

    int workingDays(String step, String commendationKind, boolean needsConcurrence) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("deadlineStep", step);
        vars.put("commendationKind", commendationKind);
        vars.put("needsConcurrence", needsConcurrence);
        Object days = SystemCalls.asSystem(() ->
                decisions.evaluateDecisionByKey(DECISION_KEY).variables(vars).evaluate().getSingleEntry());
        if (!(days instanceof Number n)) {
            throw new IllegalStateException("Decision " + DECISION_KEY + " gives no working days for step " + step);
        }
        return n.intValue();
    }
}
