package vn.tdkt.tasks;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.util.function.Supplier;

/**
 * The {@code create} listener that {@link ReadableTasksEnginePlugin} adds to every user task: hands the task's
 * facts to {@link ReadableTasks} and sets the name, description and priority it returns.
 */
public class ReadableTaskListener implements TaskListener {

    private final String processDefinitionKey;
    private final String documentation;
    private final Supplier<ReadableTasks> readableTasks;

    /**
     * @param processDefinitionKey the key of the process the task belongs to (known when it is parsed)
     * @param documentation        the task's BPMN documentation, used when the engine left the description empty
     */
    public ReadableTaskListener(String processDefinitionKey, String documentation,
                                Supplier<ReadableTasks> readableTasks) {
        this.processDefinitionKey = processDefinitionKey;
        this.documentation = documentation;
        this.readableTasks = readableTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        String whatToDo = task.getDescription() == null || task.getDescription().isBlank()
                ? documentation : task.getDescription();
        TaskFacts facts = new TaskFacts(processDefinitionKey, task.getTaskDefinitionKey(),
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(), task::getVariable);
        ReadableTasks.Readable readable = readableTasks.get().describe(facts, task.getName(), whatToDo,
                task.getDueDate());
        task.setName(readable.name());
        task.setDescription(readable.description());
        task.setPriority(readable.priority());
    }

    String processDefinitionKey() {
        return processDefinitionKey;
    }
}
