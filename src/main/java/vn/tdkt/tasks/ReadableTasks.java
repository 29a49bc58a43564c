package vn.tdkt.tasks;

import org.springframework.stereotype.Service;
import vn.tdkt.calendar.WorkingDayCalendarProvider;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Tasklist shows of a new task: its modelled name with the subject from the process's
 * {@link TaskSubjectProvider} (unchanged for a process without one), a description saying what to do and by when,
 * and a priority from the {@code task-priority} table.
 */
@Service
public class ReadableTasks {

    /** The name, description and priority a task gets when it is created. */
    public record Readable(String name, String description, int priority) { }

    private final Map<String, TaskSubjectProvider> providers = new HashMap<>();
    private final TaskPriorities priorities;
    private final WorkingDayCalendarProvider calendars;

    public ReadableTasks(List<TaskSubjectProvider> providers, TaskPriorities priorities,
                         WorkingDayCalendarProvider calendars) {
        for (TaskSubjectProvider provider : providers) {
            TaskSubjectProvider before = this.providers.put(provider.processDefinitionKey(), provider);
            if (before != null) {
                throw new IllegalStateException("Two task subject providers for process "
                        + provider.processDefinitionKey() + ": " + before.getClass().getName() + " and "
                        + provider.getClass().getName());
            }
        }
        this.priorities = priorities;
        this.calendars = calendars;
    }

    /**
     * @param modelledName the task's name as modelled (Vietnamese base name in the BPMN)
     * @param whatToDo     the task's BPMN documentation
     * @param due          the task's due date, or null
     */
    public Readable describe(TaskFacts task, String modelledName, String whatToDo, Date due) {
        String name = subject(task).map(s -> TaskNames.withSubject(modelledName, s)).orElse(modelledName);
        String description = TaskDescriptions.describe(whatToDo, due, calendars.calendar().zone());
        int priority = priorities.priority(task.processDefinitionKey(), task.taskDefinitionKey(), due,
                task.text("commendationKind"));
        return new Readable(name, description, priority);
    }

    Optional<String> subject(TaskFacts task) {
        TaskSubjectProvider provider = providers.get(task.processDefinitionKey());
        return provider == null ? Optional.empty() : provider.subject(task).filter(s -> !s.isBlank());
    }
}
