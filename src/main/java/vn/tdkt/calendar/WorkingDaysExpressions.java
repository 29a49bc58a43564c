package vn.tdkt.calendar;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * The working-day calendar for BPMN expressions, as the Spring bean {@code workingDays} (the Camunda Spring
 * Boot starter resolves Spring beans by name in JUEL expressions). Deadlines fall at the end of the working
 * day ({@code tdkt.calendar.end-of-day}, default 17:00) in the province's zone ({@code tdkt.time-zone}).
 *
 * <p>Arguments named {@code start}, {@code due}, {@code day} accept a {@link Date} ({@code now()}, a Date
 * variable), a java.time value, or an ISO-8601 String ({@code "2026-02-10"}, {@code "2026-02-10T09:00"} as
 * local time, {@code "2026-02-10T09:00:00+07:00"}, {@code "2026-02-10T02:00:00Z"}, Camunda's
 * {@code "2026-02-10T09:00:00.000+0700"}). Counts must lie between 0 and
 * {@value WorkingDayCalendar#MAX_WORKING_DAYS}. A bad argument throws an {@link IllegalArgumentException} with a
 * Vietnamese message, which the engine reports as the failure of the expression.
 *
 * <table>
 *   <caption>Expression API</caption>
 *   <tr><th>Expression</th><th>Result</th></tr>
 *   <tr><td>{@code ${workingDays.dueDate(start, 20)}}</td><td>Date: 17:00 of the 20th working day after the
 *   date of {@code start} (that date not counted); with 0, 17:00 of that date if it is a working day, else of
 *   the next one. For {@code camunda:dueDate} of a user task or a timer's {@code timeDate}.</td></tr>
 *   <tr><td>{@code ${workingDays.dueDateFromNow(20)}}</td><td>The same from the engine's clock
 *   (the application's {@code Clock}, engine.EngineClock), so process tests that move the engine clock get consistent deadlines.</td></tr>
 *   <tr><td>{@code ${workingDays.reminderDate(due, 2)}}</td><td>Date: the same time of day 2 working days
 *   before {@code due} (a date without time counts as due at 17:00); for a reminder timer.</td></tr>
 *   <tr><td>{@code ${workingDays.isWorkingDay(day)}}</td><td>boolean: whether the date of {@code day} is a
 *   working day.</td></tr>
 *   <tr><td>{@code ${workingDays.workingDaysBetween(from, to)}}</td><td>int: working days after the date of
 *   {@code from} up to and including the date of {@code to} (negative when {@code to} is earlier); e.g. to
 *   check whether a file arrived in time.</td></tr>
 * </table>
 *
 * <p>Process variables come before beans when an expression resolves a name: a variable called
 * {@code workingDays} (for example the output of the processing-deadline decision mapped under its own name)
 * hides this bean in that process, and {@code ${workingDays.dueDate(...)}} then fails with "Method not found".
 * Keep the count in a variable of another name, such as {@code deadlineWorkingDays}.
 *
 * <p>Example: a user task with {@code camunda:dueDate="${workingDays.dueDate(receivedAt, 20)}"} and, on its
 * non-interrupting boundary timer that sends the reminder,
 * {@code <bpmn:timeDate>${workingDays.reminderDate(workingDays.dueDate(receivedAt, 20), 2)}</bpmn:timeDate>}.
 */
@Component("workingDays")
public class WorkingDaysExpressions {

    private final Clock clock;

    private final WorkingDayCalendarProvider provider;

    public WorkingDaysExpressions(WorkingDayCalendarProvider provider, Clock clock) {

        this.clock = clock;
        this.provider = provider;
    }

    /** The end of the n-th working day after the date of {@code start}. */
    public Date dueDate(Object start, int workingDays) {
        WorkingDayCalendar calendar = provider.calendar();
        ZonedDateTime from = TemporalArguments.moment(start, calendar.zone(), "mốc bắt đầu tính hạn");
        return Date.from(calendar.deadline(from, workingDays).toInstant());
    }

    /** The end of the n-th working day after today by the engine's clock. */
    public Date dueDateFromNow(int workingDays) {
        return dueDate(Date.from(clock.instant()), workingDays);
    }

    /** The same time of day n working days before {@code due}. */
    public Date reminderDate(Object due, int workingDays) {
        WorkingDayCalendar calendar = provider.calendar();
        ZonedDateTime deadline = TemporalArguments.moment(due, calendar.zone(), "hạn xử lý");
        if (TemporalArguments.dateOnly(due)) {
            deadline = deadline.toLocalDate().atTime(calendar.endOfDay()).atZone(calendar.zone());
        }
        return Date.from(calendar.reminder(deadline, workingDays).toInstant());
    }

    /** Whether the date of {@code day} is a working day. */
    public boolean isWorkingDay(Object day) {
        WorkingDayCalendar calendar = provider.calendar();
        return calendar.isWorkingDay(TemporalArguments.moment(day, calendar.zone(), "ngày cần kiểm tra").toLocalDate());
    }

    /** Working days after the date of {@code fromExclusive} up to and including the date of {@code toInclusive}. */
    public int workingDaysBetween(Object fromExclusive, Object toInclusive) {
        WorkingDayCalendar calendar = provider.calendar();
        return calendar.workingDaysBetween(
                TemporalArguments.moment(fromExclusive, calendar.zone(), "mốc bắt đầu").toLocalDate(),
                TemporalArguments.moment(toInclusive, calendar.zone(), "mốc kết thúc").toLocalDate());
    }
}
