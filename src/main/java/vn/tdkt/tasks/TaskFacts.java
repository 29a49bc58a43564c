package vn.tdkt.tasks;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a {@link TaskSubjectProvider} may know about a task being created: its process and task definition keys, the
 * process instance's business key, and its variables as seen from the task's scope (local variables of a
 * multi-instance task, such as {@code member}, first).
 */
public record TaskFacts(String processDefinitionKey, String taskDefinitionKey, String businessKey,
                        Function<String, Object> variables) {

    public TaskFacts {
        Objects.requireNonNull(variables, "variables");
    }

    public Object variable(String name) {
        return variables.apply(name);
    }

    /** The variable as trimmed text, or null when it is missing or blank. */
    public String text(String name) {
        Object value = variable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
