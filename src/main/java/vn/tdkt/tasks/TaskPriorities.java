package vn.tdkt.tasks;

import org.springframework.stereotype.Service;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.calendar.WorkingDayCalendarProvider;
import vn.tdkt.engine.LatestDecisions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A task's priority from the decision table {@code task-priority} (processes/task-priority.dmn, which an
 * administrator edits in Camunda Modeler): inputs are the process, the task, the working days left until the task's
 * due date by the province's calendar (null without a due date; negative when overdue) and the commendation kind.
 * "Now" is the engine's clock.
 */
@Service
public class TaskPriorities {

    private final Clock clock;

    public static final String DECISION_KEY = "task-priority";
    public static final int MIN = 0;
    public static final int MAX = 100;

    /** Enough for every task of every process at every distance from its due date a year brings. */
    private static final int MAX_ANSWERS_KEPT = 4096;

    private record Answer(String definitionId, String processKey, String taskKey, Integer workingDaysLeft,
                          String commendationKind) { }

    private final Map<Answer, Integer> answers = new ConcurrentHashMap<>();
    private final LatestDecisions decisions;
    private final WorkingDayCalendarProvider calendars;

    public TaskPriorities(LatestDecisions decisions, WorkingDayCalendarProvider calendars, Clock clock) {

        this.clock = clock;
        this.decisions = decisions;
        this.calendars = calendars;
    }

    public int priority(String processKey, String taskKey, Date due, String commendationKind) {
        Integer daysLeft = workingDaysLeft(due);
        // the table's answer depends on its version and its four inputs only, and most tasks share them: each
        // combination is evaluated once per version (a new version has a new id, so its answers are new)
        Answer question = new Answer(decisions.definitionId(DECISION_KEY), processKey, taskKey, daysLeft,
                commendationKind);
        Integer known = answers.get(question);
        if (known != null) {
            return known;
        }
        int priority = evaluate(processKey, taskKey, daysLeft, commendationKind);
        if (answers.size() >= MAX_ANSWERS_KEPT) {
            answers.clear();
        }
        answers.put(question, priority);
        return priority;
    }

    private int evaluate(String processKey, String taskKey, Integer daysLeft, String commendationKind) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("processKey", processKey);
        inputs.put("taskKey", taskKey);
        inputs.put("workingDaysLeft", daysLeft);
        inputs.put("commendationKind", commendationKind);
        // evaluated outside the engine's history: the priority is kept on the task and in the task's history, and a
        // decision record per task created would cost more than the task itself (docs/performance.md)
        Object result = decisions.evaluateUnrecorded(DECISION_KEY, inputs).getSingleEntry();
        if (!(result instanceof Number n) || n.intValue() < MIN || n.intValue() > MAX) {
            throw new IllegalStateException("Bảng quyết định " + DECISION_KEY + " phải cho mức ưu tiên từ " + MIN
                    + " đến " + MAX + " cho công việc " + taskKey + " của quy trình " + processKey
                    + " (nhận: " + result + ").");
        }
        return n.intValue();
    }

    /**
     * Working days from today to the due date's day (0 on the day itself), negative once the due moment has
     * passed, or null without a due date.
     */
    Integer workingDaysLeft(Date due) {
        if (due == null) {
            return null;
        }
        WorkingDayCalendar calendar = calendars.calendar();
        Date now = Date.from(clock.instant());
        LocalDate today = now.toInstant().atZone(calendar.zone()).toLocalDate();
        LocalDate dueDay = due.toInstant().atZone(calendar.zone()).toLocalDate();
        int between = calendar.workingDaysBetween(today, dueDay);
        // past its due moment a task is overdue even on a weekend or a holiday, when no working day has passed yet
        return now.after(due) ? Math.min(-1, between) : between;
    }
}
