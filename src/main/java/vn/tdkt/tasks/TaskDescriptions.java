package vn.tdkt.tasks;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Task descriptions that say what to do (the task's BPMN documentation) and by when: " Hạn xử lý: dd/MM/yyyy HH:mm"
 * in the province's time zone when the task has a due date. Fitted to {@code ACT_RU_TASK.DESCRIPTION_}
 * ({@code VARCHAR(4000)}).
 */
public final class TaskDescriptions {

    /** Length of {@code ACT_RU_TASK.DESCRIPTION_} in Camunda 7.24's schema. */
    public static final int MAX_LENGTH = 4000;

    public static final String DEADLINE_LABEL = "Hạn xử lý: ";
    public static final DateTimeFormatter DEADLINE_FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private TaskDescriptions() { }

    /** What to do, then the deadline; null when there is neither. */
    public static String describe(String whatToDo, Date due, ZoneId zone) {
        String what = whatToDo == null ? "" : whatToDo.strip().replaceAll("\\s+", " ");
        if (due == null) {
            return what.isEmpty() ? null : TaskNames.shorten(what, MAX_LENGTH);
        }
        String deadline = DEADLINE_LABEL + DEADLINE_FORMAT.format(due.toInstant().atZone(zone));
        if (what.isEmpty()) {
            return deadline;
        }
        String sentence = ".!?…".indexOf(what.charAt(what.length() - 1)) >= 0 ? what : what + ".";
        int room = MAX_LENGTH - deadline.length() - 1;
        return TaskNames.shorten(sentence, room) + " " + deadline;
    }
}
